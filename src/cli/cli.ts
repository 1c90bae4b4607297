import { EXIT_OK, EXIT_USAGE, UsageError, commandUsage } from './args.js';
import { CLUSTER_UP_SPEC, runClusterUp } from './cluster-up.js';
import { LEADER_TRANSFER_SPEC, runLeader } from './leader.js';
import { membersUsage, runMembers } from './members.js';
import { runServer } from './server-command.js';
import { STATUS_SPEC, runStatus } from './status.js';
import { runVolume, volumeUsage } from './volume.js';
import { PLAN_SPEC, runPlan } from './plan.js';
import { connectionsUsage, runConnections } from './connections.js';
import { LOAD_SPEC, runLoad } from './load.js';
import { balanceUsage, runBalance } from './balance.js';
import { READ_SPEC, runRead } from './read.js';
import { WRITE_SPEC, runWrite } from './write.js';

/** What `shoal help` prints. */
export const HELP = `shoal — a Raft-coordinated storage cluster

usage: shoal <command> [arguments] [flags]

Running members
  shoal server [flags]                 run one member (shoal server --help lists its flags)
  shoal cluster up [--data-dir DIR]    run a three-member group on 127.0.0.1 (what npm start runs):
                                       member nN on ports 700N (clients, admin) and 710N (peers)

Administering a group (talks to any member; --endpoint HOST:PORT, default 127.0.0.1:7001)
  shoal status [--json]                every member's role, term, leader, commit/applied index
  shoal members [--json] [--local]     the members, their addresses and reachability
  shoal members add ID --client-url URL --peer-address HOST:PORT [--learner-only]
                                       add a member (started with shoal server --join)
  shoal members remove ID              remove a member for good
  shoal leader transfer [ID]           hand leadership to ID (default: the most up-to-date voter)

Volumes
  shoal volume create NAME --size 10GiB [--page-size 1MiB]
                                       create a volume; its pages are spread over the members
  shoal volume ls [--json]             the volumes
  shoal volume rm NAME                 delete a volume and free its pages
  shoal volume map NAME [--json]       which member owns which pages

  Admin flags: --endpoint HOST:PORT or URL, --token-file FILE (or SHOAL_ADMIN_TOKEN)

Data (--endpoint HOST:PORT[,...], default the three members of shoal cluster up)
  shoal read VOLUME --offset O --length L > FILE
                                       a volume's bytes on stdout (sizes like 4096, 4KiB, 1MiB)
  shoal write VOLUME --offset O < FILE  stdin's bytes (up to 1 GiB) into a volume

Load balancing
  shoal load [--json] [--watch]        every member's load as replicated: utilization, heaviest connections
  shoal connections [--json]           every member's client connections: activity, pages by owner
  shoal connections move ID --to M     move a client connection (its member closes it with a redirect)
  shoal balance --dry-run              plan now on the replicated loads, without moving anything
  shoal balance config [--min-gain X ...] [--enabled true|false] [--placement P]
                                       show the balancer's settings; with flags, change them for the group
  shoal balance decisions              the member's recent rounds: moves and gain, or why nothing moved
  shoal plan --input FILE.json [--rounds N]
                                       the efficiency function offline: which connection moves
                                       would make the group more efficient (DESIGN.md's input)

  shoal help                           this text

Exit codes: 0 done, 1 the operation failed, 2 the command line was wrong.
`;

type Command = (argv: readonly string[]) => Promise<number>;

/** `shoal <command> --help` (server prints its own, from its flag table). */
const USAGES: Record<string, () => string> = {
  status: () => commandUsage(STATUS_SPEC),
  members: membersUsage,
  leader: () => commandUsage(LEADER_TRANSFER_SPEC),
  cluster: () => commandUsage(CLUSTER_UP_SPEC),
  volume: volumeUsage,
  read: () => commandUsage(READ_SPEC),
  write: () => commandUsage(WRITE_SPEC),
  plan: () => commandUsage(PLAN_SPEC),
  connections: connectionsUsage,
  load: () => commandUsage(LOAD_SPEC),
  balance: balanceUsage,
};

const COMMANDS: Record<string, Command> = {
  server: runServer,
  status: runStatus,
  members: runMembers,
  leader: runLeader,
  cluster: runCluster,
  volume: runVolume,
  read: runRead,
  write: runWrite,
  plan: runPlan,
  connections: runConnections,
  load: runLoad,
  balance: runBalance,
};

async function runCluster(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'up') return runClusterUp(rest);
  const problem = sub === undefined ? '"shoal cluster" needs a subcommand: up' : `unknown subcommand "cluster ${sub}": use up`;
  throw new UsageError(problem, commandUsage(CLUSTER_UP_SPEC));
}

/** Runs one `shoal` command line; resolves with the process's exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`, 'run "shoal help" to see the commands');
    const usage = USAGES[name];
    if (usage && (rest.includes('--help') || rest.includes('-h'))) {
      process.stdout.write(`${usage()}\n`);
      return EXIT_OK;
    }
    return await command(rest);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`shoal: ${err.message}\n${err.usage}\n`);
    return EXIT_USAGE;
  }
}
