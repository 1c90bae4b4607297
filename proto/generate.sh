#!/usr/bin/env bash
# Regenerates src/proto/gen/ from every .proto file under proto/ (run by `npm run proto`).
#
# The output is committed so that a fresh clone builds and tests without this step;
# run it after changing a .proto file and commit both together.
#
# All files go into one module because pbjs resolves cross-file references through
# one shared root: separate modules would each define `shoal` and shadow each other.
set -euo pipefail

cd "$(dirname "$0")/.."
out_dir=src/proto/gen
out_js="$out_dir/shoal.js"
out_dts="$out_dir/shoal.d.ts"

mapfile -t protos < <(find proto -name '*.proto' | LC_ALL=C sort)
if [ "${#protos[@]}" -eq 0 ]; then
  echo "generate.sh: no .proto files under proto/" >&2
  exit 1
fi

mkdir -p "$out_dir"

# --force-number: terms and indexes are uint64 on the wire but safe integers in the
# core, so decode them to number instead of Long.
# -w esm: the package is "type": "module". The esm wrapper imports
# "protobufjs/minimal.js" with a default import, which Node resolves to the
# CommonJS module.exports of protobufjs, so no rewrite of the import is needed.
npx --no-install pbjs \
  --target static-module \
  --wrap esm \
  --force-number \
  --path proto \
  --out "$out_js" \
  "${protos[@]}"

# --force-number only changes the generated types: at run time protobufjs still
# decodes 64-bit fields to Long objects (and uses Long zeros as defaults) whenever
# the `long` package is present, which it always is. Make the module match its
# types without touching protobufjs globally: give it a private view of util with
# Long switched off, and convert what the reader returns. Numbers above 2^53 lose
# precision here; src/proto/raft-codec.ts rejects anything that is not a safe integer.
sed -i \
  -e 's/^const \$Reader = \$protobuf.Reader, \$Writer = \$protobuf.Writer, \$util = \$protobuf.util;$/const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = Object.assign(Object.create($protobuf.util), { Long: null });\n\/\/ Patched by proto\/generate.sh: 64-bit integers decode to number, as --force-number types them.\nconst $longToNumber = (value) => typeof value === "object" ? value.toNumber() : value;/' \
  -e 's/reader\.\(uint64\|int64\|sint64\|fixed64\|sfixed64\)()/$longToNumber(reader.\1())/g' \
  "$out_js"
unpatched_reads=$(grep -Eo '(\$longToNumber\()?reader\.(u|s)?(int|fixed)64\(\)' "$out_js" \
  | grep -vc '^\$longToNumber' || true)
if ! grep -q '^const \$longToNumber' "$out_js" || [ "$unpatched_reads" -ne 0 ]; then
  echo "generate.sh: the number-only patch did not apply; check the pbjs output" >&2
  exit 1
fi

npx --no-install pbts --out "$out_dts" "$out_js"

# pbts always emits `import Long = require("long")`, which is CommonJS-only syntax
# (an error in an ES module declaration file) and unused with --force-number.
sed -i '/^import Long = require("long");$/d' "$out_dts"

echo "generated $out_js and $out_dts from ${#protos[@]} file(s)"
