/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = Object.assign(Object.create($protobuf.util), { Long: null });
// Patched by proto/generate.sh: 64-bit integers decode to number, as --force-number types them.
const $longToNumber = (value) => typeof value === "object" ? value.toNumber() : value;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const shoal = $root.shoal = (() => {

    /**
     * Namespace shoal.
     * @exports shoal
     * @namespace
     */
    const shoal = {};

    shoal.admin = (function() {

        /**
         * Namespace admin.
         * @memberof shoal
         * @namespace
         */
        const admin = {};

        admin.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof shoal.admin
             * @namespace
             */
            const v1 = {};

            v1.AdminService = (function() {

                /**
                 * Constructs a new AdminService service.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents an AdminService
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const AdminService = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(AdminService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: AdminService, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new AdminService service using the specified rpc implementation.
                 * @function create
                 * @memberof shoal.admin.v1.AdminService
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {AdminService} RPC service. Useful where requests and/or responses are streamed.
                 */
                AdminService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#getStatus}.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef GetStatusCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {shoal.admin.v1.GetStatusResponse} [response] GetStatusResponse
                 */

                /**
                 * Calls GetStatus.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef GetStatus
                 * @type {{
                 *   (request: shoal.admin.v1.IGetStatusRequest, callback: shoal.admin.v1.AdminService.GetStatusCallback): void;
                 *   (request: shoal.admin.v1.IGetStatusRequest): Promise<shoal.admin.v1.GetStatusResponse>;
                 *   readonly name: "GetStatus";
                 *   readonly path: "/shoal.admin.v1.AdminService/GetStatus";
                 *   readonly requestType: "GetStatusRequest";
                 *   readonly responseType: "GetStatusResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetStatus.
                 * @name shoal.admin.v1.AdminService#getStatus
                 * @type {shoal.admin.v1.AdminService.GetStatus}
                 */
                $Object.defineProperties(AdminService.prototype.getStatus = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.getStatus, $root.shoal.admin.v1.GetStatusRequest, $root.shoal.admin.v1.GetStatusResponse, request, callback);
                }, {
                    name: { value: "GetStatus" },
                    path: { value: "/shoal.admin.v1.AdminService/GetStatus" },
                    requestType: { value: "GetStatusRequest" },
                    responseType: { value: "GetStatusResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#listMembers}.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef ListMembersCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {shoal.admin.v1.ListMembersResponse} [response] ListMembersResponse
                 */

                /**
                 * Calls ListMembers.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef ListMembers
                 * @type {{
                 *   (request: shoal.admin.v1.IListMembersRequest, callback: shoal.admin.v1.AdminService.ListMembersCallback): void;
                 *   (request: shoal.admin.v1.IListMembersRequest): Promise<shoal.admin.v1.ListMembersResponse>;
                 *   readonly name: "ListMembers";
                 *   readonly path: "/shoal.admin.v1.AdminService/ListMembers";
                 *   readonly requestType: "ListMembersRequest";
                 *   readonly responseType: "ListMembersResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ListMembers.
                 * @name shoal.admin.v1.AdminService#listMembers
                 * @type {shoal.admin.v1.AdminService.ListMembers}
                 */
                $Object.defineProperties(AdminService.prototype.listMembers = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.listMembers, $root.shoal.admin.v1.ListMembersRequest, $root.shoal.admin.v1.ListMembersResponse, request, callback);
                }, {
                    name: { value: "ListMembers" },
                    path: { value: "/shoal.admin.v1.AdminService/ListMembers" },
                    requestType: { value: "ListMembersRequest" },
                    responseType: { value: "ListMembersResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#addMember}.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef AddMemberCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {shoal.admin.v1.AddMemberResponse} [response] AddMemberResponse
                 */

                /**
                 * Calls AddMember.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef AddMember
                 * @type {{
                 *   (request: shoal.admin.v1.IAddMemberRequest, callback: shoal.admin.v1.AdminService.AddMemberCallback): void;
                 *   (request: shoal.admin.v1.IAddMemberRequest): Promise<shoal.admin.v1.AddMemberResponse>;
                 *   readonly name: "AddMember";
                 *   readonly path: "/shoal.admin.v1.AdminService/AddMember";
                 *   readonly requestType: "AddMemberRequest";
                 *   readonly responseType: "AddMemberResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls AddMember.
                 * @name shoal.admin.v1.AdminService#addMember
                 * @type {shoal.admin.v1.AdminService.AddMember}
                 */
                $Object.defineProperties(AdminService.prototype.addMember = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.addMember, $root.shoal.admin.v1.AddMemberRequest, $root.shoal.admin.v1.AddMemberResponse, request, callback);
                }, {
                    name: { value: "AddMember" },
                    path: { value: "/shoal.admin.v1.AdminService/AddMember" },
                    requestType: { value: "AddMemberRequest" },
                    responseType: { value: "AddMemberResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#removeMember}.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef RemoveMemberCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {shoal.admin.v1.RemoveMemberResponse} [response] RemoveMemberResponse
                 */

                /**
                 * Calls RemoveMember.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef RemoveMember
                 * @type {{
                 *   (request: shoal.admin.v1.IRemoveMemberRequest, callback: shoal.admin.v1.AdminService.RemoveMemberCallback): void;
                 *   (request: shoal.admin.v1.IRemoveMemberRequest): Promise<shoal.admin.v1.RemoveMemberResponse>;
                 *   readonly name: "RemoveMember";
                 *   readonly path: "/shoal.admin.v1.AdminService/RemoveMember";
                 *   readonly requestType: "RemoveMemberRequest";
                 *   readonly responseType: "RemoveMemberResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls RemoveMember.
                 * @name shoal.admin.v1.AdminService#removeMember
                 * @type {shoal.admin.v1.AdminService.RemoveMember}
                 */
                $Object.defineProperties(AdminService.prototype.removeMember = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.removeMember, $root.shoal.admin.v1.RemoveMemberRequest, $root.shoal.admin.v1.RemoveMemberResponse, request, callback);
                }, {
                    name: { value: "RemoveMember" },
                    path: { value: "/shoal.admin.v1.AdminService/RemoveMember" },
                    requestType: { value: "RemoveMemberRequest" },
                    responseType: { value: "RemoveMemberResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#transferLeader}.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef TransferLeaderCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {shoal.admin.v1.TransferLeaderResponse} [response] TransferLeaderResponse
                 */

                /**
                 * Calls TransferLeader.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef TransferLeader
                 * @type {{
                 *   (request: shoal.admin.v1.ITransferLeaderRequest, callback: shoal.admin.v1.AdminService.TransferLeaderCallback): void;
                 *   (request: shoal.admin.v1.ITransferLeaderRequest): Promise<shoal.admin.v1.TransferLeaderResponse>;
                 *   readonly name: "TransferLeader";
                 *   readonly path: "/shoal.admin.v1.AdminService/TransferLeader";
                 *   readonly requestType: "TransferLeaderRequest";
                 *   readonly responseType: "TransferLeaderResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls TransferLeader.
                 * @name shoal.admin.v1.AdminService#transferLeader
                 * @type {shoal.admin.v1.AdminService.TransferLeader}
                 */
                $Object.defineProperties(AdminService.prototype.transferLeader = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.transferLeader, $root.shoal.admin.v1.TransferLeaderRequest, $root.shoal.admin.v1.TransferLeaderResponse, request, callback);
                }, {
                    name: { value: "TransferLeader" },
                    path: { value: "/shoal.admin.v1.AdminService/TransferLeader" },
                    requestType: { value: "TransferLeaderRequest" },
                    responseType: { value: "TransferLeaderResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#proposeNoop}.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef ProposeNoopCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {shoal.admin.v1.ProposeNoopResponse} [response] ProposeNoopResponse
                 */

                /**
                 * Calls ProposeNoop.
                 * @memberof shoal.admin.v1.AdminService
                 * @typedef ProposeNoop
                 * @type {{
                 *   (request: shoal.admin.v1.IProposeNoopRequest, callback: shoal.admin.v1.AdminService.ProposeNoopCallback): void;
                 *   (request: shoal.admin.v1.IProposeNoopRequest): Promise<shoal.admin.v1.ProposeNoopResponse>;
                 *   readonly name: "ProposeNoop";
                 *   readonly path: "/shoal.admin.v1.AdminService/ProposeNoop";
                 *   readonly requestType: "ProposeNoopRequest";
                 *   readonly responseType: "ProposeNoopResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ProposeNoop.
                 * @name shoal.admin.v1.AdminService#proposeNoop
                 * @type {shoal.admin.v1.AdminService.ProposeNoop}
                 */
                $Object.defineProperties(AdminService.prototype.proposeNoop = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.proposeNoop, $root.shoal.admin.v1.ProposeNoopRequest, $root.shoal.admin.v1.ProposeNoopResponse, request, callback);
                }, {
                    name: { value: "ProposeNoop" },
                    path: { value: "/shoal.admin.v1.AdminService/ProposeNoop" },
                    requestType: { value: "ProposeNoopRequest" },
                    responseType: { value: "ProposeNoopResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return AdminService;
            })();

            /**
             * Role enum.
             * @name shoal.admin.v1.Role
             * @enum {number}
             * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
             * @property {number} ROLE_FOLLOWER=1 ROLE_FOLLOWER value
             * @property {number} ROLE_CANDIDATE=2 ROLE_CANDIDATE value
             * @property {number} ROLE_LEADER=3 ROLE_LEADER value
             * @property {number} ROLE_PRE_CANDIDATE=4 ROLE_PRE_CANDIDATE value
             */
            v1.Role = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ROLE_FOLLOWER"] = 1;
                values[valuesById[2] = "ROLE_CANDIDATE"] = 2;
                values[valuesById[3] = "ROLE_LEADER"] = 3;
                values[valuesById[4] = "ROLE_PRE_CANDIDATE"] = 4;
                return values;
            })();

            v1.Member = (function() {

                /**
                 * Properties of a Member.
                 * @typedef {Object} shoal.admin.v1.Member.$Properties
                 * @property {string|null} [id] Member id
                 * @property {string|null} [clientUrl] Member clientUrl
                 * @property {string|null} [peerAddress] Member peerAddress
                 * @property {boolean|null} [voter] Member voter
                 * @property {boolean|null} [reachable] Member reachable
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Member.
                 * @memberof shoal.admin.v1
                 * @interface IMember
                 * @augments shoal.admin.v1.Member.$Properties
                 * @deprecated Use shoal.admin.v1.Member.$Properties instead.
                 */

                /**
                 * Shape of a Member.
                 * @typedef {shoal.admin.v1.Member.$Properties} shoal.admin.v1.Member.$Shape
                 */

                /**
                 * Constructs a new Member.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a Member.
                 * @constructor
                 * @param {shoal.admin.v1.Member.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Member = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Member id.
                 * @member {string} id
                 * @memberof shoal.admin.v1.Member
                 * @instance
                 */
                Member.prototype.id = "";

                /**
                 * Member clientUrl.
                 * @member {string} clientUrl
                 * @memberof shoal.admin.v1.Member
                 * @instance
                 */
                Member.prototype.clientUrl = "";

                /**
                 * Member peerAddress.
                 * @member {string} peerAddress
                 * @memberof shoal.admin.v1.Member
                 * @instance
                 */
                Member.prototype.peerAddress = "";

                /**
                 * Member voter.
                 * @member {boolean} voter
                 * @memberof shoal.admin.v1.Member
                 * @instance
                 */
                Member.prototype.voter = false;

                /**
                 * Member reachable.
                 * @member {boolean} reachable
                 * @memberof shoal.admin.v1.Member
                 * @instance
                 */
                Member.prototype.reachable = false;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {shoal.admin.v1.Member.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.Member} Member instance
                 * @type {{
                 *   (properties: shoal.admin.v1.Member.$Shape): shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape;
                 *   (properties?: shoal.admin.v1.Member.$Properties): shoal.admin.v1.Member;
                 * }}
                 */
                Member.create = function(properties) {
                    return new Member(properties);
                };

                /**
                 * Encodes the specified Member message. Does not implicitly {@link shoal.admin.v1.Member.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {shoal.admin.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl") && message.clientUrl !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientUrl);
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerAddress);
                    if (message.voter != null && $Object.hasOwnProperty.call(message, "voter") && message.voter !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.voter);
                    if (message.reachable != null && $Object.hasOwnProperty.call(message, "reachable") && message.reachable !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reachable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link shoal.admin.v1.Member.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {shoal.admin.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.Member();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientUrl = value;
                                else
                                    delete message.clientUrl;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerAddress = value;
                                else
                                    delete message.peerAddress;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.voter = value;
                                else
                                    delete message.voter;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.reachable = value;
                                else
                                    delete message.reachable;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Member message.
                 * @function verify
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Member.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl"))
                        if (!$util.isString(message.clientUrl))
                            return "clientUrl: string expected";
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                        if (!$util.isString(message.peerAddress))
                            return "peerAddress: string expected";
                    if (message.voter != null && $Object.hasOwnProperty.call(message, "voter"))
                        if (typeof message.voter !== "boolean")
                            return "voter: boolean expected";
                    if (message.reachable != null && $Object.hasOwnProperty.call(message, "reachable"))
                        if (typeof message.reachable !== "boolean")
                            return "reachable: boolean expected";
                    return null;
                };

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.Member} Member
                 */
                Member.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.Member)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.Member: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.Member();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.clientUrl != null)
                        if (typeof object.clientUrl !== "string" || object.clientUrl.length)
                            message.clientUrl = $String(object.clientUrl);
                    if (object.peerAddress != null)
                        if (typeof object.peerAddress !== "string" || object.peerAddress.length)
                            message.peerAddress = $String(object.peerAddress);
                    if (object.voter != null)
                        if (object.voter)
                            message.voter = $Boolean(object.voter);
                    if (object.reachable != null)
                        if (object.reachable)
                            message.reachable = $Boolean(object.reachable);
                    return message;
                };

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {shoal.admin.v1.Member} message Member
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Member.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.clientUrl = "";
                        object.peerAddress = "";
                        object.voter = false;
                        object.reachable = false;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl"))
                        object.clientUrl = message.clientUrl;
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                        object.peerAddress = message.peerAddress;
                    if (message.voter != null && $Object.hasOwnProperty.call(message, "voter"))
                        object.voter = message.voter;
                    if (message.reachable != null && $Object.hasOwnProperty.call(message, "reachable"))
                        object.reachable = message.reachable;
                    return object;
                };

                /**
                 * Converts this Member to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.Member
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Member.prototype.toJSON = function() {
                    return Member.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Member
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.Member
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Member.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.Member";
                };

                return Member;
            })();

            v1.GetStatusRequest = (function() {

                /**
                 * Properties of a GetStatusRequest.
                 * @typedef {Object} shoal.admin.v1.GetStatusRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetStatusRequest.
                 * @memberof shoal.admin.v1
                 * @interface IGetStatusRequest
                 * @augments shoal.admin.v1.GetStatusRequest.$Properties
                 * @deprecated Use shoal.admin.v1.GetStatusRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetStatusRequest.
                 * @typedef {shoal.admin.v1.GetStatusRequest.$Properties} shoal.admin.v1.GetStatusRequest.$Shape
                 */

                /**
                 * Constructs a new GetStatusRequest.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a GetStatusRequest.
                 * @constructor
                 * @param {shoal.admin.v1.GetStatusRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetStatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new GetStatusRequest instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {shoal.admin.v1.GetStatusRequest.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.GetStatusRequest} GetStatusRequest instance
                 * @type {{
                 *   (properties: shoal.admin.v1.GetStatusRequest.$Shape): shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape;
                 *   (properties?: shoal.admin.v1.GetStatusRequest.$Properties): shoal.admin.v1.GetStatusRequest;
                 * }}
                 */
                GetStatusRequest.create = function(properties) {
                    return new GetStatusRequest(properties);
                };

                /**
                 * Encodes the specified GetStatusRequest message. Does not implicitly {@link shoal.admin.v1.GetStatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {shoal.admin.v1.GetStatusRequest.$Properties} message GetStatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetStatusRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.GetStatusRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {shoal.admin.v1.GetStatusRequest.$Properties} message GetStatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStatusRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetStatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape} GetStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.GetStatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a GetStatusRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape} GetStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStatusRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetStatusRequest message.
                 * @function verify
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetStatusRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a GetStatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.GetStatusRequest} GetStatusRequest
                 */
                GetStatusRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.GetStatusRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.GetStatusRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.shoal.admin.v1.GetStatusRequest();
                };

                /**
                 * Creates a plain object from a GetStatusRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {shoal.admin.v1.GetStatusRequest} message GetStatusRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetStatusRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this GetStatusRequest to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetStatusRequest.prototype.toJSON = function() {
                    return GetStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetStatusRequest
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.GetStatusRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetStatusRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.GetStatusRequest";
                };

                return GetStatusRequest;
            })();

            v1.GetStatusResponse = (function() {

                /**
                 * Properties of a GetStatusResponse.
                 * @typedef {Object} shoal.admin.v1.GetStatusResponse.$Properties
                 * @property {string|null} [memberId] GetStatusResponse memberId
                 * @property {shoal.admin.v1.Role|null} [role] GetStatusResponse role
                 * @property {number|null} [term] GetStatusResponse term
                 * @property {string|null} [leaderId] GetStatusResponse leaderId
                 * @property {number|null} [commitIndex] GetStatusResponse commitIndex
                 * @property {number|null} [appliedIndex] GetStatusResponse appliedIndex
                 * @property {Array.<shoal.admin.v1.Member.$Properties>|null} [members] GetStatusResponse members
                 * @property {number|null} [pid] GetStatusResponse pid
                 * @property {string|null} [groupId] GetStatusResponse groupId
                 * @property {number|null} [lastIndex] GetStatusResponse lastIndex
                 * @property {string|null} [version] GetStatusResponse version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetStatusResponse.
                 * @memberof shoal.admin.v1
                 * @interface IGetStatusResponse
                 * @augments shoal.admin.v1.GetStatusResponse.$Properties
                 * @deprecated Use shoal.admin.v1.GetStatusResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetStatusResponse.
                 * @typedef {shoal.admin.v1.GetStatusResponse.$Properties} shoal.admin.v1.GetStatusResponse.$Shape
                 */

                /**
                 * Constructs a new GetStatusResponse.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a GetStatusResponse.
                 * @constructor
                 * @param {shoal.admin.v1.GetStatusResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetStatusResponse = function (properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetStatusResponse memberId.
                 * @member {string} memberId
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.memberId = "";

                /**
                 * GetStatusResponse role.
                 * @member {shoal.admin.v1.Role} role
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.role = 0;

                /**
                 * GetStatusResponse term.
                 * @member {number} term
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetStatusResponse leaderId.
                 * @member {string} leaderId
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.leaderId = "";

                /**
                 * GetStatusResponse commitIndex.
                 * @member {number} commitIndex
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.commitIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetStatusResponse appliedIndex.
                 * @member {number} appliedIndex
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetStatusResponse members.
                 * @member {Array.<shoal.admin.v1.Member.$Properties>} members
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.members = $util.emptyArray;

                /**
                 * GetStatusResponse pid.
                 * @member {number} pid
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.pid = 0;

                /**
                 * GetStatusResponse groupId.
                 * @member {string} groupId
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.groupId = "";

                /**
                 * GetStatusResponse lastIndex.
                 * @member {number} lastIndex
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.lastIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetStatusResponse version.
                 * @member {string} version
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 */
                GetStatusResponse.prototype.version = "";

                /**
                 * Creates a new GetStatusResponse instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {shoal.admin.v1.GetStatusResponse.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.GetStatusResponse} GetStatusResponse instance
                 * @type {{
                 *   (properties: shoal.admin.v1.GetStatusResponse.$Shape): shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape;
                 *   (properties?: shoal.admin.v1.GetStatusResponse.$Properties): shoal.admin.v1.GetStatusResponse;
                 * }}
                 */
                GetStatusResponse.create = function(properties) {
                    return new GetStatusResponse(properties);
                };

                /**
                 * Encodes the specified GetStatusResponse message. Does not implicitly {@link shoal.admin.v1.GetStatusResponse.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {shoal.admin.v1.GetStatusResponse.$Properties} message GetStatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStatusResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.role);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.leaderId);
                    if (message.commitIndex != null && $Object.hasOwnProperty.call(message, "commitIndex") && (typeof message.commitIndex === "object" ? message.commitIndex.low || message.commitIndex.high : message.commitIndex !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.commitIndex);
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.appliedIndex);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.shoal.admin.v1.Member.encode(message.members[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.pid);
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.groupId);
                    if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex") && (typeof message.lastIndex === "object" ? message.lastIndex.low || message.lastIndex.high : message.lastIndex !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.lastIndex);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetStatusResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.GetStatusResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {shoal.admin.v1.GetStatusResponse.$Properties} message GetStatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStatusResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetStatusResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape} GetStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.GetStatusResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.memberId = value;
                                else
                                    delete message.memberId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderId = value;
                                else
                                    delete message.leaderId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.commitIndex = value;
                                else
                                    delete message.commitIndex;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.appliedIndex = value;
                                else
                                    delete message.appliedIndex;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.shoal.admin.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.groupId = value;
                                else
                                    delete message.groupId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.lastIndex = value;
                                else
                                    delete message.lastIndex;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a GetStatusResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape} GetStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStatusResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetStatusResponse message.
                 * @function verify
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetStatusResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        if (!$util.isString(message.memberId))
                            return "memberId: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                            return "role: enum value expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId"))
                        if (!$util.isString(message.leaderId))
                            return "leaderId: string expected";
                    if (message.commitIndex != null && $Object.hasOwnProperty.call(message, "commitIndex"))
                        if (!$util.isInteger(message.commitIndex) && !(message.commitIndex && $util.isInteger(message.commitIndex.low) && $util.isInteger(message.commitIndex.high)))
                            return "commitIndex: integer|Long expected";
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (!$util.isInteger(message.appliedIndex) && !(message.appliedIndex && $util.isInteger(message.appliedIndex.low) && $util.isInteger(message.appliedIndex.high)))
                            return "appliedIndex: integer|Long expected";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.shoal.admin.v1.Member.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        if (!$util.isInteger(message.pid))
                            return "pid: integer expected";
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                        if (!$util.isString(message.groupId))
                            return "groupId: string expected";
                    if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex"))
                        if (!$util.isInteger(message.lastIndex) && !(message.lastIndex && $util.isInteger(message.lastIndex.low) && $util.isInteger(message.lastIndex.high)))
                            return "lastIndex: integer|Long expected";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isString(message.version))
                            return "version: string expected";
                    return null;
                };

                /**
                 * Creates a GetStatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.GetStatusResponse} GetStatusResponse
                 */
                GetStatusResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.GetStatusResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.GetStatusResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.GetStatusResponse();
                    if (object.memberId != null)
                        if (typeof object.memberId !== "string" || object.memberId.length)
                            message.memberId = $String(object.memberId);
                    if (object.role !== 0 && (typeof object.role !== "string" || $root.shoal.admin.v1.Role[object.role] !== 0))
                        switch (object.role) {
                        case "ROLE_UNSPECIFIED":
                        case 0:
                            message.role = 0;
                            break;
                        case "ROLE_FOLLOWER":
                        case 1:
                            message.role = 1;
                            break;
                        case "ROLE_CANDIDATE":
                        case 2:
                            message.role = 2;
                            break;
                        case "ROLE_LEADER":
                        case 3:
                            message.role = 3;
                            break;
                        case "ROLE_PRE_CANDIDATE":
                        case 4:
                            message.role = 4;
                            break;
                        default:
                            if (typeof object.role === "number" && (object.role | 0) === object.role)
                                message.role = object.role;
                        }
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.leaderId != null)
                        if (typeof object.leaderId !== "string" || object.leaderId.length)
                            message.leaderId = $String(object.leaderId);
                    if (object.commitIndex != null)
                        if (typeof object.commitIndex === "object" ? object.commitIndex.low || object.commitIndex.high : $Number(object.commitIndex) !== 0)
                            if ($util.Long)
                                message.commitIndex = $util.Long.fromValue(object.commitIndex, true);
                            else if (typeof object.commitIndex === "string")
                                message.commitIndex = $parseInt(object.commitIndex, 10);
                            else if (typeof object.commitIndex === "number")
                                message.commitIndex = object.commitIndex;
                            else if (typeof object.commitIndex === "object")
                                message.commitIndex = new $util.LongBits(object.commitIndex.low >>> 0, object.commitIndex.high >>> 0).toNumber(true);
                    if (object.appliedIndex != null)
                        if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                            if ($util.Long)
                                message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                            else if (typeof object.appliedIndex === "string")
                                message.appliedIndex = $parseInt(object.appliedIndex, 10);
                            else if (typeof object.appliedIndex === "number")
                                message.appliedIndex = object.appliedIndex;
                            else if (typeof object.appliedIndex === "object")
                                message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".shoal.admin.v1.GetStatusResponse.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".shoal.admin.v1.GetStatusResponse.members: object expected");
                            message.members[i] = $root.shoal.admin.v1.Member.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.groupId != null)
                        if (typeof object.groupId !== "string" || object.groupId.length)
                            message.groupId = $String(object.groupId);
                    if (object.lastIndex != null)
                        if (typeof object.lastIndex === "object" ? object.lastIndex.low || object.lastIndex.high : $Number(object.lastIndex) !== 0)
                            if ($util.Long)
                                message.lastIndex = $util.Long.fromValue(object.lastIndex, true);
                            else if (typeof object.lastIndex === "string")
                                message.lastIndex = $parseInt(object.lastIndex, 10);
                            else if (typeof object.lastIndex === "number")
                                message.lastIndex = object.lastIndex;
                            else if (typeof object.lastIndex === "object")
                                message.lastIndex = new $util.LongBits(object.lastIndex.low >>> 0, object.lastIndex.high >>> 0).toNumber(true);
                    if (object.version != null)
                        if (typeof object.version !== "string" || object.version.length)
                            message.version = $String(object.version);
                    return message;
                };

                /**
                 * Creates a plain object from a GetStatusResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {shoal.admin.v1.GetStatusResponse} message GetStatusResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetStatusResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.members = [];
                    if (options.defaults) {
                        object.memberId = "";
                        object.role = options.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.leaderId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commitIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.pid = 0;
                        object.groupId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.version = "";
                    }
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        object.memberId = message.memberId;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = options.enums === $String ? $root.shoal.admin.v1.Role[message.role] === $undefined ? message.role : $root.shoal.admin.v1.Role[message.role] : message.role;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId"))
                        object.leaderId = message.leaderId;
                    if (message.commitIndex != null && $Object.hasOwnProperty.call(message, "commitIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitIndex = typeof message.commitIndex === "number" ? $BigInt(message.commitIndex) : $util.Long.fromBits(message.commitIndex.low >>> 0, message.commitIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.commitIndex === "number")
                            object.commitIndex = options.longs === $String ? $String(message.commitIndex) : message.commitIndex;
                        else
                            object.commitIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.commitIndex) : options.longs === $Number ? new $util.LongBits(message.commitIndex.low >>> 0, message.commitIndex.high >>> 0).toNumber(true) : message.commitIndex;
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.appliedIndex === "number")
                            object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                        else
                            object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.shoal.admin.v1.Member.toObject(message.members[j], options, _depth + 1);
                    }
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                        object.groupId = message.groupId;
                    if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastIndex = typeof message.lastIndex === "number" ? $BigInt(message.lastIndex) : $util.Long.fromBits(message.lastIndex.low >>> 0, message.lastIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.lastIndex === "number")
                            object.lastIndex = options.longs === $String ? $String(message.lastIndex) : message.lastIndex;
                        else
                            object.lastIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.lastIndex) : options.longs === $Number ? new $util.LongBits(message.lastIndex.low >>> 0, message.lastIndex.high >>> 0).toNumber(true) : message.lastIndex;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    return object;
                };

                /**
                 * Converts this GetStatusResponse to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetStatusResponse.prototype.toJSON = function() {
                    return GetStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetStatusResponse
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.GetStatusResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetStatusResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.GetStatusResponse";
                };

                return GetStatusResponse;
            })();

            v1.ListMembersRequest = (function() {

                /**
                 * Properties of a ListMembersRequest.
                 * @typedef {Object} shoal.admin.v1.ListMembersRequest.$Properties
                 * @property {boolean|null} [local] ListMembersRequest local
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListMembersRequest.
                 * @memberof shoal.admin.v1
                 * @interface IListMembersRequest
                 * @augments shoal.admin.v1.ListMembersRequest.$Properties
                 * @deprecated Use shoal.admin.v1.ListMembersRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListMembersRequest.
                 * @typedef {shoal.admin.v1.ListMembersRequest.$Properties} shoal.admin.v1.ListMembersRequest.$Shape
                 */

                /**
                 * Constructs a new ListMembersRequest.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a ListMembersRequest.
                 * @constructor
                 * @param {shoal.admin.v1.ListMembersRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListMembersRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListMembersRequest local.
                 * @member {boolean} local
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @instance
                 */
                ListMembersRequest.prototype.local = false;

                /**
                 * Creates a new ListMembersRequest instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {shoal.admin.v1.ListMembersRequest.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.ListMembersRequest} ListMembersRequest instance
                 * @type {{
                 *   (properties: shoal.admin.v1.ListMembersRequest.$Shape): shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape;
                 *   (properties?: shoal.admin.v1.ListMembersRequest.$Properties): shoal.admin.v1.ListMembersRequest;
                 * }}
                 */
                ListMembersRequest.create = function(properties) {
                    return new ListMembersRequest(properties);
                };

                /**
                 * Encodes the specified ListMembersRequest message. Does not implicitly {@link shoal.admin.v1.ListMembersRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {shoal.admin.v1.ListMembersRequest.$Properties} message ListMembersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListMembersRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.local != null && $Object.hasOwnProperty.call(message, "local") && message.local !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.local);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ListMembersRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ListMembersRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {shoal.admin.v1.ListMembersRequest.$Properties} message ListMembersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListMembersRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListMembersRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape} ListMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListMembersRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.ListMembersRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.local = value;
                                else
                                    delete message.local;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ListMembersRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape} ListMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListMembersRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListMembersRequest message.
                 * @function verify
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListMembersRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.local != null && $Object.hasOwnProperty.call(message, "local"))
                        if (typeof message.local !== "boolean")
                            return "local: boolean expected";
                    return null;
                };

                /**
                 * Creates a ListMembersRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.ListMembersRequest} ListMembersRequest
                 */
                ListMembersRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.ListMembersRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.ListMembersRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.ListMembersRequest();
                    if (object.local != null)
                        if (object.local)
                            message.local = $Boolean(object.local);
                    return message;
                };

                /**
                 * Creates a plain object from a ListMembersRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {shoal.admin.v1.ListMembersRequest} message ListMembersRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListMembersRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.local = false;
                    if (message.local != null && $Object.hasOwnProperty.call(message, "local"))
                        object.local = message.local;
                    return object;
                };

                /**
                 * Converts this ListMembersRequest to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListMembersRequest.prototype.toJSON = function() {
                    return ListMembersRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListMembersRequest
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.ListMembersRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListMembersRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.ListMembersRequest";
                };

                return ListMembersRequest;
            })();

            v1.ListMembersResponse = (function() {

                /**
                 * Properties of a ListMembersResponse.
                 * @typedef {Object} shoal.admin.v1.ListMembersResponse.$Properties
                 * @property {Array.<shoal.admin.v1.Member.$Properties>|null} [members] ListMembersResponse members
                 * @property {string|null} [leaderId] ListMembersResponse leaderId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListMembersResponse.
                 * @memberof shoal.admin.v1
                 * @interface IListMembersResponse
                 * @augments shoal.admin.v1.ListMembersResponse.$Properties
                 * @deprecated Use shoal.admin.v1.ListMembersResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListMembersResponse.
                 * @typedef {shoal.admin.v1.ListMembersResponse.$Properties} shoal.admin.v1.ListMembersResponse.$Shape
                 */

                /**
                 * Constructs a new ListMembersResponse.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a ListMembersResponse.
                 * @constructor
                 * @param {shoal.admin.v1.ListMembersResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListMembersResponse = function (properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListMembersResponse members.
                 * @member {Array.<shoal.admin.v1.Member.$Properties>} members
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @instance
                 */
                ListMembersResponse.prototype.members = $util.emptyArray;

                /**
                 * ListMembersResponse leaderId.
                 * @member {string} leaderId
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @instance
                 */
                ListMembersResponse.prototype.leaderId = "";

                /**
                 * Creates a new ListMembersResponse instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {shoal.admin.v1.ListMembersResponse.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.ListMembersResponse} ListMembersResponse instance
                 * @type {{
                 *   (properties: shoal.admin.v1.ListMembersResponse.$Shape): shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape;
                 *   (properties?: shoal.admin.v1.ListMembersResponse.$Properties): shoal.admin.v1.ListMembersResponse;
                 * }}
                 */
                ListMembersResponse.create = function(properties) {
                    return new ListMembersResponse(properties);
                };

                /**
                 * Encodes the specified ListMembersResponse message. Does not implicitly {@link shoal.admin.v1.ListMembersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {shoal.admin.v1.ListMembersResponse.$Properties} message ListMembersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListMembersResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.shoal.admin.v1.Member.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.leaderId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ListMembersResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ListMembersResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {shoal.admin.v1.ListMembersResponse.$Properties} message ListMembersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListMembersResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListMembersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape} ListMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListMembersResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.ListMembersResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.shoal.admin.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderId = value;
                                else
                                    delete message.leaderId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ListMembersResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape} ListMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListMembersResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListMembersResponse message.
                 * @function verify
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListMembersResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.shoal.admin.v1.Member.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId"))
                        if (!$util.isString(message.leaderId))
                            return "leaderId: string expected";
                    return null;
                };

                /**
                 * Creates a ListMembersResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.ListMembersResponse} ListMembersResponse
                 */
                ListMembersResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.ListMembersResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.ListMembersResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.ListMembersResponse();
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".shoal.admin.v1.ListMembersResponse.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".shoal.admin.v1.ListMembersResponse.members: object expected");
                            message.members[i] = $root.shoal.admin.v1.Member.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    if (object.leaderId != null)
                        if (typeof object.leaderId !== "string" || object.leaderId.length)
                            message.leaderId = $String(object.leaderId);
                    return message;
                };

                /**
                 * Creates a plain object from a ListMembersResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {shoal.admin.v1.ListMembersResponse} message ListMembersResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListMembersResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.members = [];
                    if (options.defaults)
                        object.leaderId = "";
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.shoal.admin.v1.Member.toObject(message.members[j], options, _depth + 1);
                    }
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId"))
                        object.leaderId = message.leaderId;
                    return object;
                };

                /**
                 * Converts this ListMembersResponse to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListMembersResponse.prototype.toJSON = function() {
                    return ListMembersResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListMembersResponse
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.ListMembersResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListMembersResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.ListMembersResponse";
                };

                return ListMembersResponse;
            })();

            v1.AddMemberRequest = (function() {

                /**
                 * Properties of an AddMemberRequest.
                 * @typedef {Object} shoal.admin.v1.AddMemberRequest.$Properties
                 * @property {string|null} [id] AddMemberRequest id
                 * @property {string|null} [clientUrl] AddMemberRequest clientUrl
                 * @property {string|null} [peerAddress] AddMemberRequest peerAddress
                 * @property {boolean|null} [learnerOnly] AddMemberRequest learnerOnly
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddMemberRequest.
                 * @memberof shoal.admin.v1
                 * @interface IAddMemberRequest
                 * @augments shoal.admin.v1.AddMemberRequest.$Properties
                 * @deprecated Use shoal.admin.v1.AddMemberRequest.$Properties instead.
                 */

                /**
                 * Shape of an AddMemberRequest.
                 * @typedef {shoal.admin.v1.AddMemberRequest.$Properties} shoal.admin.v1.AddMemberRequest.$Shape
                 */

                /**
                 * Constructs a new AddMemberRequest.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents an AddMemberRequest.
                 * @constructor
                 * @param {shoal.admin.v1.AddMemberRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddMemberRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AddMemberRequest id.
                 * @member {string} id
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.id = "";

                /**
                 * AddMemberRequest clientUrl.
                 * @member {string} clientUrl
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.clientUrl = "";

                /**
                 * AddMemberRequest peerAddress.
                 * @member {string} peerAddress
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.peerAddress = "";

                /**
                 * AddMemberRequest learnerOnly.
                 * @member {boolean} learnerOnly
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.learnerOnly = false;

                /**
                 * Creates a new AddMemberRequest instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {shoal.admin.v1.AddMemberRequest.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.AddMemberRequest} AddMemberRequest instance
                 * @type {{
                 *   (properties: shoal.admin.v1.AddMemberRequest.$Shape): shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape;
                 *   (properties?: shoal.admin.v1.AddMemberRequest.$Properties): shoal.admin.v1.AddMemberRequest;
                 * }}
                 */
                AddMemberRequest.create = function(properties) {
                    return new AddMemberRequest(properties);
                };

                /**
                 * Encodes the specified AddMemberRequest message. Does not implicitly {@link shoal.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {shoal.admin.v1.AddMemberRequest.$Properties} message AddMemberRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMemberRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl") && message.clientUrl !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientUrl);
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerAddress);
                    if (message.learnerOnly != null && $Object.hasOwnProperty.call(message, "learnerOnly") && message.learnerOnly !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.learnerOnly);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AddMemberRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {shoal.admin.v1.AddMemberRequest.$Properties} message AddMemberRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMemberRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMemberRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.AddMemberRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientUrl = value;
                                else
                                    delete message.clientUrl;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerAddress = value;
                                else
                                    delete message.peerAddress;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.learnerOnly = value;
                                else
                                    delete message.learnerOnly;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMemberRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AddMemberRequest message.
                 * @function verify
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AddMemberRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl"))
                        if (!$util.isString(message.clientUrl))
                            return "clientUrl: string expected";
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                        if (!$util.isString(message.peerAddress))
                            return "peerAddress: string expected";
                    if (message.learnerOnly != null && $Object.hasOwnProperty.call(message, "learnerOnly"))
                        if (typeof message.learnerOnly !== "boolean")
                            return "learnerOnly: boolean expected";
                    return null;
                };

                /**
                 * Creates an AddMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.AddMemberRequest} AddMemberRequest
                 */
                AddMemberRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.AddMemberRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.AddMemberRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.AddMemberRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.clientUrl != null)
                        if (typeof object.clientUrl !== "string" || object.clientUrl.length)
                            message.clientUrl = $String(object.clientUrl);
                    if (object.peerAddress != null)
                        if (typeof object.peerAddress !== "string" || object.peerAddress.length)
                            message.peerAddress = $String(object.peerAddress);
                    if (object.learnerOnly != null)
                        if (object.learnerOnly)
                            message.learnerOnly = $Boolean(object.learnerOnly);
                    return message;
                };

                /**
                 * Creates a plain object from an AddMemberRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {shoal.admin.v1.AddMemberRequest} message AddMemberRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AddMemberRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.clientUrl = "";
                        object.peerAddress = "";
                        object.learnerOnly = false;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl"))
                        object.clientUrl = message.clientUrl;
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                        object.peerAddress = message.peerAddress;
                    if (message.learnerOnly != null && $Object.hasOwnProperty.call(message, "learnerOnly"))
                        object.learnerOnly = message.learnerOnly;
                    return object;
                };

                /**
                 * Converts this AddMemberRequest to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AddMemberRequest.prototype.toJSON = function() {
                    return AddMemberRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AddMemberRequest
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.AddMemberRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AddMemberRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.AddMemberRequest";
                };

                return AddMemberRequest;
            })();

            v1.AddMemberResponse = (function() {

                /**
                 * Properties of an AddMemberResponse.
                 * @typedef {Object} shoal.admin.v1.AddMemberResponse.$Properties
                 * @property {shoal.admin.v1.Member.$Properties|null} [member] AddMemberResponse member
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddMemberResponse.
                 * @memberof shoal.admin.v1
                 * @interface IAddMemberResponse
                 * @augments shoal.admin.v1.AddMemberResponse.$Properties
                 * @deprecated Use shoal.admin.v1.AddMemberResponse.$Properties instead.
                 */

                /**
                 * Shape of an AddMemberResponse.
                 * @typedef {shoal.admin.v1.AddMemberResponse.$Properties} shoal.admin.v1.AddMemberResponse.$Shape
                 */

                /**
                 * Constructs a new AddMemberResponse.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents an AddMemberResponse.
                 * @constructor
                 * @param {shoal.admin.v1.AddMemberResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddMemberResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AddMemberResponse member.
                 * @member {shoal.admin.v1.Member.$Properties|null|undefined} member
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @instance
                 */
                AddMemberResponse.prototype.member = null;

                /**
                 * Creates a new AddMemberResponse instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {shoal.admin.v1.AddMemberResponse.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.AddMemberResponse} AddMemberResponse instance
                 * @type {{
                 *   (properties: shoal.admin.v1.AddMemberResponse.$Shape): shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape;
                 *   (properties?: shoal.admin.v1.AddMemberResponse.$Properties): shoal.admin.v1.AddMemberResponse;
                 * }}
                 */
                AddMemberResponse.create = function(properties) {
                    return new AddMemberResponse(properties);
                };

                /**
                 * Encodes the specified AddMemberResponse message. Does not implicitly {@link shoal.admin.v1.AddMemberResponse.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {shoal.admin.v1.AddMemberResponse.$Properties} message AddMemberResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMemberResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                        $root.shoal.admin.v1.Member.encode(message.member, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AddMemberResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.AddMemberResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {shoal.admin.v1.AddMemberResponse.$Properties} message AddMemberResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMemberResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AddMemberResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape} AddMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMemberResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.AddMemberResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.member = $root.shoal.admin.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1, message.member);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an AddMemberResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape} AddMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMemberResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AddMemberResponse message.
                 * @function verify
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AddMemberResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member")) {
                        let error = $root.shoal.admin.v1.Member.verify(message.member, _depth + 1);
                        if (error)
                            return "member." + error;
                    }
                    return null;
                };

                /**
                 * Creates an AddMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.AddMemberResponse} AddMemberResponse
                 */
                AddMemberResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.AddMemberResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.AddMemberResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.AddMemberResponse();
                    if (object.member != null) {
                        if (!$util.isObject(object.member))
                            throw $TypeError(".shoal.admin.v1.AddMemberResponse.member: object expected");
                        message.member = $root.shoal.admin.v1.Member.fromObject(object.member, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AddMemberResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {shoal.admin.v1.AddMemberResponse} message AddMemberResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AddMemberResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.member = null;
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                        object.member = $root.shoal.admin.v1.Member.toObject(message.member, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this AddMemberResponse to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AddMemberResponse.prototype.toJSON = function() {
                    return AddMemberResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AddMemberResponse
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.AddMemberResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AddMemberResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.AddMemberResponse";
                };

                return AddMemberResponse;
            })();

            v1.RemoveMemberRequest = (function() {

                /**
                 * Properties of a RemoveMemberRequest.
                 * @typedef {Object} shoal.admin.v1.RemoveMemberRequest.$Properties
                 * @property {string|null} [id] RemoveMemberRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveMemberRequest.
                 * @memberof shoal.admin.v1
                 * @interface IRemoveMemberRequest
                 * @augments shoal.admin.v1.RemoveMemberRequest.$Properties
                 * @deprecated Use shoal.admin.v1.RemoveMemberRequest.$Properties instead.
                 */

                /**
                 * Shape of a RemoveMemberRequest.
                 * @typedef {shoal.admin.v1.RemoveMemberRequest.$Properties} shoal.admin.v1.RemoveMemberRequest.$Shape
                 */

                /**
                 * Constructs a new RemoveMemberRequest.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a RemoveMemberRequest.
                 * @constructor
                 * @param {shoal.admin.v1.RemoveMemberRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoveMemberRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RemoveMemberRequest id.
                 * @member {string} id
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @instance
                 */
                RemoveMemberRequest.prototype.id = "";

                /**
                 * Creates a new RemoveMemberRequest instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberRequest.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.RemoveMemberRequest} RemoveMemberRequest instance
                 * @type {{
                 *   (properties: shoal.admin.v1.RemoveMemberRequest.$Shape): shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape;
                 *   (properties?: shoal.admin.v1.RemoveMemberRequest.$Properties): shoal.admin.v1.RemoveMemberRequest;
                 * }}
                 */
                RemoveMemberRequest.create = function(properties) {
                    return new RemoveMemberRequest(properties);
                };

                /**
                 * Encodes the specified RemoveMemberRequest message. Does not implicitly {@link shoal.admin.v1.RemoveMemberRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberRequest.$Properties} message RemoveMemberRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveMemberRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RemoveMemberRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.RemoveMemberRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberRequest.$Properties} message RemoveMemberRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveMemberRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RemoveMemberRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape} RemoveMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveMemberRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.RemoveMemberRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RemoveMemberRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape} RemoveMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveMemberRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RemoveMemberRequest message.
                 * @function verify
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RemoveMemberRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    return null;
                };

                /**
                 * Creates a RemoveMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.RemoveMemberRequest} RemoveMemberRequest
                 */
                RemoveMemberRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.RemoveMemberRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.RemoveMemberRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.RemoveMemberRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                /**
                 * Creates a plain object from a RemoveMemberRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberRequest} message RemoveMemberRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveMemberRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this RemoveMemberRequest to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveMemberRequest.prototype.toJSON = function() {
                    return RemoveMemberRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveMemberRequest
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.RemoveMemberRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveMemberRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.RemoveMemberRequest";
                };

                return RemoveMemberRequest;
            })();

            v1.RemoveMemberResponse = (function() {

                /**
                 * Properties of a RemoveMemberResponse.
                 * @typedef {Object} shoal.admin.v1.RemoveMemberResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveMemberResponse.
                 * @memberof shoal.admin.v1
                 * @interface IRemoveMemberResponse
                 * @augments shoal.admin.v1.RemoveMemberResponse.$Properties
                 * @deprecated Use shoal.admin.v1.RemoveMemberResponse.$Properties instead.
                 */

                /**
                 * Shape of a RemoveMemberResponse.
                 * @typedef {shoal.admin.v1.RemoveMemberResponse.$Properties} shoal.admin.v1.RemoveMemberResponse.$Shape
                 */

                /**
                 * Constructs a new RemoveMemberResponse.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a RemoveMemberResponse.
                 * @constructor
                 * @param {shoal.admin.v1.RemoveMemberResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoveMemberResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new RemoveMemberResponse instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberResponse.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.RemoveMemberResponse} RemoveMemberResponse instance
                 * @type {{
                 *   (properties: shoal.admin.v1.RemoveMemberResponse.$Shape): shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape;
                 *   (properties?: shoal.admin.v1.RemoveMemberResponse.$Properties): shoal.admin.v1.RemoveMemberResponse;
                 * }}
                 */
                RemoveMemberResponse.create = function(properties) {
                    return new RemoveMemberResponse(properties);
                };

                /**
                 * Encodes the specified RemoveMemberResponse message. Does not implicitly {@link shoal.admin.v1.RemoveMemberResponse.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberResponse.$Properties} message RemoveMemberResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveMemberResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RemoveMemberResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.RemoveMemberResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberResponse.$Properties} message RemoveMemberResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveMemberResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RemoveMemberResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape} RemoveMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveMemberResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.RemoveMemberResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RemoveMemberResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape} RemoveMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveMemberResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RemoveMemberResponse message.
                 * @function verify
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RemoveMemberResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a RemoveMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.RemoveMemberResponse} RemoveMemberResponse
                 */
                RemoveMemberResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.RemoveMemberResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.RemoveMemberResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.shoal.admin.v1.RemoveMemberResponse();
                };

                /**
                 * Creates a plain object from a RemoveMemberResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {shoal.admin.v1.RemoveMemberResponse} message RemoveMemberResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveMemberResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this RemoveMemberResponse to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveMemberResponse.prototype.toJSON = function() {
                    return RemoveMemberResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveMemberResponse
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.RemoveMemberResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveMemberResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.RemoveMemberResponse";
                };

                return RemoveMemberResponse;
            })();

            v1.TransferLeaderRequest = (function() {

                /**
                 * Properties of a TransferLeaderRequest.
                 * @typedef {Object} shoal.admin.v1.TransferLeaderRequest.$Properties
                 * @property {string|null} [to] TransferLeaderRequest to
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TransferLeaderRequest.
                 * @memberof shoal.admin.v1
                 * @interface ITransferLeaderRequest
                 * @augments shoal.admin.v1.TransferLeaderRequest.$Properties
                 * @deprecated Use shoal.admin.v1.TransferLeaderRequest.$Properties instead.
                 */

                /**
                 * Shape of a TransferLeaderRequest.
                 * @typedef {shoal.admin.v1.TransferLeaderRequest.$Properties} shoal.admin.v1.TransferLeaderRequest.$Shape
                 */

                /**
                 * Constructs a new TransferLeaderRequest.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a TransferLeaderRequest.
                 * @constructor
                 * @param {shoal.admin.v1.TransferLeaderRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TransferLeaderRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TransferLeaderRequest to.
                 * @member {string} to
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @instance
                 */
                TransferLeaderRequest.prototype.to = "";

                /**
                 * Creates a new TransferLeaderRequest instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderRequest.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.TransferLeaderRequest} TransferLeaderRequest instance
                 * @type {{
                 *   (properties: shoal.admin.v1.TransferLeaderRequest.$Shape): shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape;
                 *   (properties?: shoal.admin.v1.TransferLeaderRequest.$Properties): shoal.admin.v1.TransferLeaderRequest;
                 * }}
                 */
                TransferLeaderRequest.create = function(properties) {
                    return new TransferLeaderRequest(properties);
                };

                /**
                 * Encodes the specified TransferLeaderRequest message. Does not implicitly {@link shoal.admin.v1.TransferLeaderRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderRequest.$Properties} message TransferLeaderRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TransferLeaderRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.to);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified TransferLeaderRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.TransferLeaderRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderRequest.$Properties} message TransferLeaderRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TransferLeaderRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TransferLeaderRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape} TransferLeaderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TransferLeaderRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.TransferLeaderRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a TransferLeaderRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape} TransferLeaderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TransferLeaderRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TransferLeaderRequest message.
                 * @function verify
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TransferLeaderRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (!$util.isString(message.to))
                            return "to: string expected";
                    return null;
                };

                /**
                 * Creates a TransferLeaderRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.TransferLeaderRequest} TransferLeaderRequest
                 */
                TransferLeaderRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.TransferLeaderRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.TransferLeaderRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.TransferLeaderRequest();
                    if (object.to != null)
                        if (typeof object.to !== "string" || object.to.length)
                            message.to = $String(object.to);
                    return message;
                };

                /**
                 * Creates a plain object from a TransferLeaderRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderRequest} message TransferLeaderRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TransferLeaderRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.to = "";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = message.to;
                    return object;
                };

                /**
                 * Converts this TransferLeaderRequest to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TransferLeaderRequest.prototype.toJSON = function() {
                    return TransferLeaderRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TransferLeaderRequest
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.TransferLeaderRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TransferLeaderRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.TransferLeaderRequest";
                };

                return TransferLeaderRequest;
            })();

            v1.TransferLeaderResponse = (function() {

                /**
                 * Properties of a TransferLeaderResponse.
                 * @typedef {Object} shoal.admin.v1.TransferLeaderResponse.$Properties
                 * @property {string|null} [leaderId] TransferLeaderResponse leaderId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TransferLeaderResponse.
                 * @memberof shoal.admin.v1
                 * @interface ITransferLeaderResponse
                 * @augments shoal.admin.v1.TransferLeaderResponse.$Properties
                 * @deprecated Use shoal.admin.v1.TransferLeaderResponse.$Properties instead.
                 */

                /**
                 * Shape of a TransferLeaderResponse.
                 * @typedef {shoal.admin.v1.TransferLeaderResponse.$Properties} shoal.admin.v1.TransferLeaderResponse.$Shape
                 */

                /**
                 * Constructs a new TransferLeaderResponse.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a TransferLeaderResponse.
                 * @constructor
                 * @param {shoal.admin.v1.TransferLeaderResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TransferLeaderResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TransferLeaderResponse leaderId.
                 * @member {string} leaderId
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @instance
                 */
                TransferLeaderResponse.prototype.leaderId = "";

                /**
                 * Creates a new TransferLeaderResponse instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderResponse.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.TransferLeaderResponse} TransferLeaderResponse instance
                 * @type {{
                 *   (properties: shoal.admin.v1.TransferLeaderResponse.$Shape): shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape;
                 *   (properties?: shoal.admin.v1.TransferLeaderResponse.$Properties): shoal.admin.v1.TransferLeaderResponse;
                 * }}
                 */
                TransferLeaderResponse.create = function(properties) {
                    return new TransferLeaderResponse(properties);
                };

                /**
                 * Encodes the specified TransferLeaderResponse message. Does not implicitly {@link shoal.admin.v1.TransferLeaderResponse.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderResponse.$Properties} message TransferLeaderResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TransferLeaderResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaderId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified TransferLeaderResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.TransferLeaderResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderResponse.$Properties} message TransferLeaderResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TransferLeaderResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TransferLeaderResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape} TransferLeaderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TransferLeaderResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.TransferLeaderResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderId = value;
                                else
                                    delete message.leaderId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a TransferLeaderResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape} TransferLeaderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TransferLeaderResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TransferLeaderResponse message.
                 * @function verify
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TransferLeaderResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId"))
                        if (!$util.isString(message.leaderId))
                            return "leaderId: string expected";
                    return null;
                };

                /**
                 * Creates a TransferLeaderResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.TransferLeaderResponse} TransferLeaderResponse
                 */
                TransferLeaderResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.TransferLeaderResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.TransferLeaderResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.TransferLeaderResponse();
                    if (object.leaderId != null)
                        if (typeof object.leaderId !== "string" || object.leaderId.length)
                            message.leaderId = $String(object.leaderId);
                    return message;
                };

                /**
                 * Creates a plain object from a TransferLeaderResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {shoal.admin.v1.TransferLeaderResponse} message TransferLeaderResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TransferLeaderResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.leaderId = "";
                    if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId"))
                        object.leaderId = message.leaderId;
                    return object;
                };

                /**
                 * Converts this TransferLeaderResponse to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TransferLeaderResponse.prototype.toJSON = function() {
                    return TransferLeaderResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TransferLeaderResponse
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.TransferLeaderResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TransferLeaderResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.TransferLeaderResponse";
                };

                return TransferLeaderResponse;
            })();

            v1.ProposeNoopRequest = (function() {

                /**
                 * Properties of a ProposeNoopRequest.
                 * @typedef {Object} shoal.admin.v1.ProposeNoopRequest.$Properties
                 * @property {Uint8Array|null} [payload] ProposeNoopRequest payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProposeNoopRequest.
                 * @memberof shoal.admin.v1
                 * @interface IProposeNoopRequest
                 * @augments shoal.admin.v1.ProposeNoopRequest.$Properties
                 * @deprecated Use shoal.admin.v1.ProposeNoopRequest.$Properties instead.
                 */

                /**
                 * Shape of a ProposeNoopRequest.
                 * @typedef {shoal.admin.v1.ProposeNoopRequest.$Properties} shoal.admin.v1.ProposeNoopRequest.$Shape
                 */

                /**
                 * Constructs a new ProposeNoopRequest.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a ProposeNoopRequest.
                 * @constructor
                 * @param {shoal.admin.v1.ProposeNoopRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProposeNoopRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProposeNoopRequest payload.
                 * @member {Uint8Array} payload
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @instance
                 */
                ProposeNoopRequest.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new ProposeNoopRequest instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopRequest.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.ProposeNoopRequest} ProposeNoopRequest instance
                 * @type {{
                 *   (properties: shoal.admin.v1.ProposeNoopRequest.$Shape): shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape;
                 *   (properties?: shoal.admin.v1.ProposeNoopRequest.$Properties): shoal.admin.v1.ProposeNoopRequest;
                 * }}
                 */
                ProposeNoopRequest.create = function(properties) {
                    return new ProposeNoopRequest(properties);
                };

                /**
                 * Encodes the specified ProposeNoopRequest message. Does not implicitly {@link shoal.admin.v1.ProposeNoopRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopRequest.$Properties} message ProposeNoopRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposeNoopRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ProposeNoopRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ProposeNoopRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopRequest.$Properties} message ProposeNoopRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposeNoopRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ProposeNoopRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape} ProposeNoopRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposeNoopRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.ProposeNoopRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ProposeNoopRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape} ProposeNoopRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposeNoopRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ProposeNoopRequest message.
                 * @function verify
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProposeNoopRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                            return "payload: buffer expected";
                    return null;
                };

                /**
                 * Creates a ProposeNoopRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.ProposeNoopRequest} ProposeNoopRequest
                 */
                ProposeNoopRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.ProposeNoopRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.ProposeNoopRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.ProposeNoopRequest();
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from a ProposeNoopRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopRequest} message ProposeNoopRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProposeNoopRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this ProposeNoopRequest to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProposeNoopRequest.prototype.toJSON = function() {
                    return ProposeNoopRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProposeNoopRequest
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.ProposeNoopRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProposeNoopRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.ProposeNoopRequest";
                };

                return ProposeNoopRequest;
            })();

            v1.ProposeNoopResponse = (function() {

                /**
                 * Properties of a ProposeNoopResponse.
                 * @typedef {Object} shoal.admin.v1.ProposeNoopResponse.$Properties
                 * @property {number|null} [index] ProposeNoopResponse index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProposeNoopResponse.
                 * @memberof shoal.admin.v1
                 * @interface IProposeNoopResponse
                 * @augments shoal.admin.v1.ProposeNoopResponse.$Properties
                 * @deprecated Use shoal.admin.v1.ProposeNoopResponse.$Properties instead.
                 */

                /**
                 * Shape of a ProposeNoopResponse.
                 * @typedef {shoal.admin.v1.ProposeNoopResponse.$Properties} shoal.admin.v1.ProposeNoopResponse.$Shape
                 */

                /**
                 * Constructs a new ProposeNoopResponse.
                 * @memberof shoal.admin.v1
                 * @classdesc Represents a ProposeNoopResponse.
                 * @constructor
                 * @param {shoal.admin.v1.ProposeNoopResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProposeNoopResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProposeNoopResponse index.
                 * @member {number} index
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @instance
                 */
                ProposeNoopResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ProposeNoopResponse instance using the specified properties.
                 * @function create
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopResponse.$Properties=} [properties] Properties to set
                 * @returns {shoal.admin.v1.ProposeNoopResponse} ProposeNoopResponse instance
                 * @type {{
                 *   (properties: shoal.admin.v1.ProposeNoopResponse.$Shape): shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape;
                 *   (properties?: shoal.admin.v1.ProposeNoopResponse.$Properties): shoal.admin.v1.ProposeNoopResponse;
                 * }}
                 */
                ProposeNoopResponse.create = function(properties) {
                    return new ProposeNoopResponse(properties);
                };

                /**
                 * Encodes the specified ProposeNoopResponse message. Does not implicitly {@link shoal.admin.v1.ProposeNoopResponse.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopResponse.$Properties} message ProposeNoopResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposeNoopResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ProposeNoopResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ProposeNoopResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopResponse.$Properties} message ProposeNoopResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposeNoopResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ProposeNoopResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape} ProposeNoopResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposeNoopResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.admin.v1.ProposeNoopResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ProposeNoopResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape} ProposeNoopResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposeNoopResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ProposeNoopResponse message.
                 * @function verify
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProposeNoopResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ProposeNoopResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.admin.v1.ProposeNoopResponse} ProposeNoopResponse
                 */
                ProposeNoopResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.admin.v1.ProposeNoopResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.admin.v1.ProposeNoopResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.admin.v1.ProposeNoopResponse();
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a ProposeNoopResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {shoal.admin.v1.ProposeNoopResponse} message ProposeNoopResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProposeNoopResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    return object;
                };

                /**
                 * Converts this ProposeNoopResponse to JSON.
                 * @function toJSON
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProposeNoopResponse.prototype.toJSON = function() {
                    return ProposeNoopResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProposeNoopResponse
                 * @function getTypeUrl
                 * @memberof shoal.admin.v1.ProposeNoopResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProposeNoopResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.admin.v1.ProposeNoopResponse";
                };

                return ProposeNoopResponse;
            })();

            return v1;
        })();

        return admin;
    })();

    shoal.cluster = (function() {

        /**
         * Namespace cluster.
         * @memberof shoal
         * @namespace
         */
        const cluster = {};

        cluster.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof shoal.cluster
             * @namespace
             */
            const v1 = {};

            v1.MemberInfo = (function() {

                /**
                 * Properties of a MemberInfo.
                 * @typedef {Object} shoal.cluster.v1.MemberInfo.$Properties
                 * @property {string|null} [id] MemberInfo id
                 * @property {string|null} [clientUrl] MemberInfo clientUrl
                 * @property {string|null} [peerAddress] MemberInfo peerAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberInfo.
                 * @memberof shoal.cluster.v1
                 * @interface IMemberInfo
                 * @augments shoal.cluster.v1.MemberInfo.$Properties
                 * @deprecated Use shoal.cluster.v1.MemberInfo.$Properties instead.
                 */

                /**
                 * Shape of a MemberInfo.
                 * @typedef {shoal.cluster.v1.MemberInfo.$Properties} shoal.cluster.v1.MemberInfo.$Shape
                 */

                /**
                 * Constructs a new MemberInfo.
                 * @memberof shoal.cluster.v1
                 * @classdesc Represents a MemberInfo.
                 * @constructor
                 * @param {shoal.cluster.v1.MemberInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberInfo id.
                 * @member {string} id
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @instance
                 */
                MemberInfo.prototype.id = "";

                /**
                 * MemberInfo clientUrl.
                 * @member {string} clientUrl
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @instance
                 */
                MemberInfo.prototype.clientUrl = "";

                /**
                 * MemberInfo peerAddress.
                 * @member {string} peerAddress
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @instance
                 */
                MemberInfo.prototype.peerAddress = "";

                /**
                 * Creates a new MemberInfo instance using the specified properties.
                 * @function create
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {shoal.cluster.v1.MemberInfo.$Properties=} [properties] Properties to set
                 * @returns {shoal.cluster.v1.MemberInfo} MemberInfo instance
                 * @type {{
                 *   (properties: shoal.cluster.v1.MemberInfo.$Shape): shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape;
                 *   (properties?: shoal.cluster.v1.MemberInfo.$Properties): shoal.cluster.v1.MemberInfo;
                 * }}
                 */
                MemberInfo.create = function(properties) {
                    return new MemberInfo(properties);
                };

                /**
                 * Encodes the specified MemberInfo message. Does not implicitly {@link shoal.cluster.v1.MemberInfo.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {shoal.cluster.v1.MemberInfo.$Properties} message MemberInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl") && message.clientUrl !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientUrl);
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MemberInfo message, length delimited. Does not implicitly {@link shoal.cluster.v1.MemberInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {shoal.cluster.v1.MemberInfo.$Properties} message MemberInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MemberInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape} MemberInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.cluster.v1.MemberInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientUrl = value;
                                else
                                    delete message.clientUrl;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerAddress = value;
                                else
                                    delete message.peerAddress;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MemberInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape} MemberInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MemberInfo message.
                 * @function verify
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MemberInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl"))
                        if (!$util.isString(message.clientUrl))
                            return "clientUrl: string expected";
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                        if (!$util.isString(message.peerAddress))
                            return "peerAddress: string expected";
                    return null;
                };

                /**
                 * Creates a MemberInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.cluster.v1.MemberInfo} MemberInfo
                 */
                MemberInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.cluster.v1.MemberInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.cluster.v1.MemberInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.cluster.v1.MemberInfo();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.clientUrl != null)
                        if (typeof object.clientUrl !== "string" || object.clientUrl.length)
                            message.clientUrl = $String(object.clientUrl);
                    if (object.peerAddress != null)
                        if (typeof object.peerAddress !== "string" || object.peerAddress.length)
                            message.peerAddress = $String(object.peerAddress);
                    return message;
                };

                /**
                 * Creates a plain object from a MemberInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {shoal.cluster.v1.MemberInfo} message MemberInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.clientUrl = "";
                        object.peerAddress = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.clientUrl != null && $Object.hasOwnProperty.call(message, "clientUrl"))
                        object.clientUrl = message.clientUrl;
                    if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                        object.peerAddress = message.peerAddress;
                    return object;
                };

                /**
                 * Converts this MemberInfo to JSON.
                 * @function toJSON
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberInfo.prototype.toJSON = function() {
                    return MemberInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemberInfo
                 * @function getTypeUrl
                 * @memberof shoal.cluster.v1.MemberInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.cluster.v1.MemberInfo";
                };

                return MemberInfo;
            })();

            v1.Command = (function() {

                /**
                 * Properties of a Command.
                 * @typedef {Object} shoal.cluster.v1.Command.$Properties
                 * @property {string|null} [requestId] Command requestId
                 * @property {shoal.cluster.v1.Noop.$Properties|null} [noop] Command noop
                 * @property {shoal.cluster.v1.MemberInfo.$Properties|null} [updateMember] Command updateMember
                 * @property {"noop"|"updateMember"} [body] Command body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Command.
                 * @memberof shoal.cluster.v1
                 * @interface ICommand
                 * @augments shoal.cluster.v1.Command.$Properties
                 * @deprecated Use shoal.cluster.v1.Command.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Command.
                 * @typedef {{
                 *   requestId?: string|null;
                 *   noop?: shoal.cluster.v1.Noop.$Shape|null;
                 *   updateMember?: shoal.cluster.v1.MemberInfo.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; noop?: null; updateMember?: null }|{ body?: "noop"; noop: shoal.cluster.v1.Noop.$Shape; updateMember?: null }|{ body?: "updateMember"; noop?: null; updateMember: shoal.cluster.v1.MemberInfo.$Shape })
                 * )} shoal.cluster.v1.Command.$Shape
                 */

                /**
                 * Constructs a new Command.
                 * @memberof shoal.cluster.v1
                 * @classdesc Represents a Command.
                 * @constructor
                 * @param {shoal.cluster.v1.Command.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Command requestId.
                 * @member {string} requestId
                 * @memberof shoal.cluster.v1.Command
                 * @instance
                 */
                Command.prototype.requestId = "";

                /**
                 * Command noop.
                 * @member {shoal.cluster.v1.Noop.$Properties|null|undefined} noop
                 * @memberof shoal.cluster.v1.Command
                 * @instance
                 */
                Command.prototype.noop = null;

                /**
                 * Command updateMember.
                 * @member {shoal.cluster.v1.MemberInfo.$Properties|null|undefined} updateMember
                 * @memberof shoal.cluster.v1.Command
                 * @instance
                 */
                Command.prototype.updateMember = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Command body.
                 * @member {"noop"|"updateMember"|undefined} body
                 * @memberof shoal.cluster.v1.Command
                 * @instance
                 */
                $Object.defineProperty(Command.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["noop", "updateMember"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Command instance using the specified properties.
                 * @function create
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {shoal.cluster.v1.Command.$Properties=} [properties] Properties to set
                 * @returns {shoal.cluster.v1.Command} Command instance
                 * @type {{
                 *   (properties: shoal.cluster.v1.Command.$Shape): shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape;
                 *   (properties?: shoal.cluster.v1.Command.$Properties): shoal.cluster.v1.Command;
                 * }}
                 */
                Command.create = function(properties) {
                    return new Command(properties);
                };

                /**
                 * Encodes the specified Command message. Does not implicitly {@link shoal.cluster.v1.Command.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {shoal.cluster.v1.Command.$Properties} message Command message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Command.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.shoal.cluster.v1.Noop.encode(message.noop, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.updateMember != null && $Object.hasOwnProperty.call(message, "updateMember"))
                        $root.shoal.cluster.v1.MemberInfo.encode(message.updateMember, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Command message, length delimited. Does not implicitly {@link shoal.cluster.v1.Command.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {shoal.cluster.v1.Command.$Properties} message Command message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Command.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Command.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.cluster.v1.Command();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.shoal.cluster.v1.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.body = "noop";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.updateMember = $root.shoal.cluster.v1.MemberInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.updateMember);
                                message.body = "updateMember";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Command message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Command.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Command message.
                 * @function verify
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Command.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        if (!$util.isString(message.requestId))
                            return "requestId: string expected";
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        properties.body = 1;
                        {
                            let error = $root.shoal.cluster.v1.Noop.verify(message.noop, _depth + 1);
                            if (error)
                                return "noop." + error;
                        }
                    }
                    if (message.updateMember != null && $Object.hasOwnProperty.call(message, "updateMember")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.cluster.v1.MemberInfo.verify(message.updateMember, _depth + 1);
                            if (error)
                                return "updateMember." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.cluster.v1.Command} Command
                 */
                Command.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.cluster.v1.Command)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.cluster.v1.Command: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.cluster.v1.Command();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".shoal.cluster.v1.Command.noop: object expected");
                        message.noop = $root.shoal.cluster.v1.Noop.fromObject(object.noop, _depth + 1);
                    }
                    if (object.updateMember != null) {
                        if (!$util.isObject(object.updateMember))
                            throw $TypeError(".shoal.cluster.v1.Command.updateMember: object expected");
                        message.updateMember = $root.shoal.cluster.v1.MemberInfo.fromObject(object.updateMember, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {shoal.cluster.v1.Command} message Command
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Command.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.requestId = "";
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.shoal.cluster.v1.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "noop";
                    }
                    if (message.updateMember != null && $Object.hasOwnProperty.call(message, "updateMember")) {
                        object.updateMember = $root.shoal.cluster.v1.MemberInfo.toObject(message.updateMember, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "updateMember";
                    }
                    return object;
                };

                /**
                 * Converts this Command to JSON.
                 * @function toJSON
                 * @memberof shoal.cluster.v1.Command
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Command.prototype.toJSON = function() {
                    return Command.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Command
                 * @function getTypeUrl
                 * @memberof shoal.cluster.v1.Command
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Command.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.cluster.v1.Command";
                };

                return Command;
            })();

            v1.Noop = (function() {

                /**
                 * Properties of a Noop.
                 * @typedef {Object} shoal.cluster.v1.Noop.$Properties
                 * @property {Uint8Array|null} [payload] Noop payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Noop.
                 * @memberof shoal.cluster.v1
                 * @interface INoop
                 * @augments shoal.cluster.v1.Noop.$Properties
                 * @deprecated Use shoal.cluster.v1.Noop.$Properties instead.
                 */

                /**
                 * Shape of a Noop.
                 * @typedef {shoal.cluster.v1.Noop.$Properties} shoal.cluster.v1.Noop.$Shape
                 */

                /**
                 * Constructs a new Noop.
                 * @memberof shoal.cluster.v1
                 * @classdesc Represents a Noop.
                 * @constructor
                 * @param {shoal.cluster.v1.Noop.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Noop = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Noop payload.
                 * @member {Uint8Array} payload
                 * @memberof shoal.cluster.v1.Noop
                 * @instance
                 */
                Noop.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new Noop instance using the specified properties.
                 * @function create
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {shoal.cluster.v1.Noop.$Properties=} [properties] Properties to set
                 * @returns {shoal.cluster.v1.Noop} Noop instance
                 * @type {{
                 *   (properties: shoal.cluster.v1.Noop.$Shape): shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape;
                 *   (properties?: shoal.cluster.v1.Noop.$Properties): shoal.cluster.v1.Noop;
                 * }}
                 */
                Noop.create = function(properties) {
                    return new Noop(properties);
                };

                /**
                 * Encodes the specified Noop message. Does not implicitly {@link shoal.cluster.v1.Noop.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {shoal.cluster.v1.Noop.$Properties} message Noop message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Noop.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Noop message, length delimited. Does not implicitly {@link shoal.cluster.v1.Noop.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {shoal.cluster.v1.Noop.$Properties} message Noop message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Noop.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Noop message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape} Noop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Noop.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.cluster.v1.Noop();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Noop message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape} Noop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Noop.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Noop message.
                 * @function verify
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Noop.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                            return "payload: buffer expected";
                    return null;
                };

                /**
                 * Creates a Noop message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.cluster.v1.Noop} Noop
                 */
                Noop.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.cluster.v1.Noop)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.cluster.v1.Noop: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.cluster.v1.Noop();
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from a Noop message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {shoal.cluster.v1.Noop} message Noop
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Noop.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this Noop to JSON.
                 * @function toJSON
                 * @memberof shoal.cluster.v1.Noop
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Noop.prototype.toJSON = function() {
                    return Noop.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Noop
                 * @function getTypeUrl
                 * @memberof shoal.cluster.v1.Noop
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Noop.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.cluster.v1.Noop";
                };

                return Noop;
            })();

            v1.MemberRecord = (function() {

                /**
                 * Properties of a MemberRecord.
                 * @typedef {Object} shoal.cluster.v1.MemberRecord.$Properties
                 * @property {shoal.cluster.v1.MemberInfo.$Properties|null} [info] MemberRecord info
                 * @property {boolean|null} [learner] MemberRecord learner
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberRecord.
                 * @memberof shoal.cluster.v1
                 * @interface IMemberRecord
                 * @augments shoal.cluster.v1.MemberRecord.$Properties
                 * @deprecated Use shoal.cluster.v1.MemberRecord.$Properties instead.
                 */

                /**
                 * Shape of a MemberRecord.
                 * @typedef {shoal.cluster.v1.MemberRecord.$Properties} shoal.cluster.v1.MemberRecord.$Shape
                 */

                /**
                 * Constructs a new MemberRecord.
                 * @memberof shoal.cluster.v1
                 * @classdesc Represents a MemberRecord.
                 * @constructor
                 * @param {shoal.cluster.v1.MemberRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberRecord info.
                 * @member {shoal.cluster.v1.MemberInfo.$Properties|null|undefined} info
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.info = null;

                /**
                 * MemberRecord learner.
                 * @member {boolean} learner
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.learner = false;

                /**
                 * Creates a new MemberRecord instance using the specified properties.
                 * @function create
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {shoal.cluster.v1.MemberRecord.$Properties=} [properties] Properties to set
                 * @returns {shoal.cluster.v1.MemberRecord} MemberRecord instance
                 * @type {{
                 *   (properties: shoal.cluster.v1.MemberRecord.$Shape): shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape;
                 *   (properties?: shoal.cluster.v1.MemberRecord.$Properties): shoal.cluster.v1.MemberRecord;
                 * }}
                 */
                MemberRecord.create = function(properties) {
                    return new MemberRecord(properties);
                };

                /**
                 * Encodes the specified MemberRecord message. Does not implicitly {@link shoal.cluster.v1.MemberRecord.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {shoal.cluster.v1.MemberRecord.$Properties} message MemberRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        $root.shoal.cluster.v1.MemberInfo.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.learner != null && $Object.hasOwnProperty.call(message, "learner") && message.learner !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.learner);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MemberRecord message, length delimited. Does not implicitly {@link shoal.cluster.v1.MemberRecord.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {shoal.cluster.v1.MemberRecord.$Properties} message MemberRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRecord.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MemberRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape} MemberRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRecord.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.cluster.v1.MemberRecord();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.info = $root.shoal.cluster.v1.MemberInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.learner = value;
                                else
                                    delete message.learner;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MemberRecord message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape} MemberRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRecord.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MemberRecord message.
                 * @function verify
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MemberRecord.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                        let error = $root.shoal.cluster.v1.MemberInfo.verify(message.info, _depth + 1);
                        if (error)
                            return "info." + error;
                    }
                    if (message.learner != null && $Object.hasOwnProperty.call(message, "learner"))
                        if (typeof message.learner !== "boolean")
                            return "learner: boolean expected";
                    return null;
                };

                /**
                 * Creates a MemberRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.cluster.v1.MemberRecord} MemberRecord
                 */
                MemberRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.cluster.v1.MemberRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.cluster.v1.MemberRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.cluster.v1.MemberRecord();
                    if (object.info != null) {
                        if (!$util.isObject(object.info))
                            throw $TypeError(".shoal.cluster.v1.MemberRecord.info: object expected");
                        message.info = $root.shoal.cluster.v1.MemberInfo.fromObject(object.info, _depth + 1);
                    }
                    if (object.learner != null)
                        if (object.learner)
                            message.learner = $Boolean(object.learner);
                    return message;
                };

                /**
                 * Creates a plain object from a MemberRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {shoal.cluster.v1.MemberRecord} message MemberRecord
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberRecord.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.info = null;
                        object.learner = false;
                    }
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        object.info = $root.shoal.cluster.v1.MemberInfo.toObject(message.info, options, _depth + 1);
                    if (message.learner != null && $Object.hasOwnProperty.call(message, "learner"))
                        object.learner = message.learner;
                    return object;
                };

                /**
                 * Converts this MemberRecord to JSON.
                 * @function toJSON
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberRecord.prototype.toJSON = function() {
                    return MemberRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemberRecord
                 * @function getTypeUrl
                 * @memberof shoal.cluster.v1.MemberRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.cluster.v1.MemberRecord";
                };

                return MemberRecord;
            })();

            v1.StateSnapshot = (function() {

                /**
                 * Properties of a StateSnapshot.
                 * @typedef {Object} shoal.cluster.v1.StateSnapshot.$Properties
                 * @property {number|null} [formatVersion] StateSnapshot formatVersion
                 * @property {number|null} [appliedIndex] StateSnapshot appliedIndex
                 * @property {Array.<shoal.cluster.v1.MemberRecord.$Properties>|null} [members] StateSnapshot members
                 * @property {Array.<string>|null} [removedIds] StateSnapshot removedIds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateSnapshot.
                 * @memberof shoal.cluster.v1
                 * @interface IStateSnapshot
                 * @augments shoal.cluster.v1.StateSnapshot.$Properties
                 * @deprecated Use shoal.cluster.v1.StateSnapshot.$Properties instead.
                 */

                /**
                 * Shape of a StateSnapshot.
                 * @typedef {shoal.cluster.v1.StateSnapshot.$Properties} shoal.cluster.v1.StateSnapshot.$Shape
                 */

                /**
                 * Constructs a new StateSnapshot.
                 * @memberof shoal.cluster.v1
                 * @classdesc Represents a StateSnapshot.
                 * @constructor
                 * @param {shoal.cluster.v1.StateSnapshot.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StateSnapshot = function (properties) {
                    this.members = [];
                    this.removedIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateSnapshot formatVersion.
                 * @member {number} formatVersion
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @instance
                 */
                StateSnapshot.prototype.formatVersion = 0;

                /**
                 * StateSnapshot appliedIndex.
                 * @member {number} appliedIndex
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @instance
                 */
                StateSnapshot.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StateSnapshot members.
                 * @member {Array.<shoal.cluster.v1.MemberRecord.$Properties>} members
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @instance
                 */
                StateSnapshot.prototype.members = $util.emptyArray;

                /**
                 * StateSnapshot removedIds.
                 * @member {Array.<string>} removedIds
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @instance
                 */
                StateSnapshot.prototype.removedIds = $util.emptyArray;

                /**
                 * Creates a new StateSnapshot instance using the specified properties.
                 * @function create
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {shoal.cluster.v1.StateSnapshot.$Properties=} [properties] Properties to set
                 * @returns {shoal.cluster.v1.StateSnapshot} StateSnapshot instance
                 * @type {{
                 *   (properties: shoal.cluster.v1.StateSnapshot.$Shape): shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape;
                 *   (properties?: shoal.cluster.v1.StateSnapshot.$Properties): shoal.cluster.v1.StateSnapshot;
                 * }}
                 */
                StateSnapshot.create = function(properties) {
                    return new StateSnapshot(properties);
                };

                /**
                 * Encodes the specified StateSnapshot message. Does not implicitly {@link shoal.cluster.v1.StateSnapshot.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {shoal.cluster.v1.StateSnapshot.$Properties} message StateSnapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateSnapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.appliedIndex);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.shoal.cluster.v1.MemberRecord.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.removedIds != null && message.removedIds.length)
                        for (let i = 0; i < message.removedIds.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.removedIds[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StateSnapshot message, length delimited. Does not implicitly {@link shoal.cluster.v1.StateSnapshot.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {shoal.cluster.v1.StateSnapshot.$Properties} message StateSnapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateSnapshot.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StateSnapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape} StateSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateSnapshot.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.cluster.v1.StateSnapshot();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.formatVersion = value;
                                else
                                    delete message.formatVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.appliedIndex = value;
                                else
                                    delete message.appliedIndex;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.shoal.cluster.v1.MemberRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.removedIds && message.removedIds.length))
                                    message.removedIds = [];
                                message.removedIds.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StateSnapshot message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape} StateSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateSnapshot.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StateSnapshot message.
                 * @function verify
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateSnapshot.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                        if (!$util.isInteger(message.formatVersion))
                            return "formatVersion: integer expected";
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (!$util.isInteger(message.appliedIndex) && !(message.appliedIndex && $util.isInteger(message.appliedIndex.low) && $util.isInteger(message.appliedIndex.high)))
                            return "appliedIndex: integer|Long expected";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.shoal.cluster.v1.MemberRecord.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.removedIds != null && $Object.hasOwnProperty.call(message, "removedIds")) {
                        if (!$Array.isArray(message.removedIds))
                            return "removedIds: array expected";
                        for (let i = 0; i < message.removedIds.length; ++i)
                            if (!$util.isString(message.removedIds[i]))
                                return "removedIds: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a StateSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.cluster.v1.StateSnapshot} StateSnapshot
                 */
                StateSnapshot.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.cluster.v1.StateSnapshot)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.cluster.v1.StateSnapshot: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.cluster.v1.StateSnapshot();
                    if (object.formatVersion != null)
                        if ($Number(object.formatVersion) !== 0)
                            message.formatVersion = object.formatVersion >>> 0;
                    if (object.appliedIndex != null)
                        if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                            if ($util.Long)
                                message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                            else if (typeof object.appliedIndex === "string")
                                message.appliedIndex = $parseInt(object.appliedIndex, 10);
                            else if (typeof object.appliedIndex === "number")
                                message.appliedIndex = object.appliedIndex;
                            else if (typeof object.appliedIndex === "object")
                                message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".shoal.cluster.v1.StateSnapshot.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".shoal.cluster.v1.StateSnapshot.members: object expected");
                            message.members[i] = $root.shoal.cluster.v1.MemberRecord.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    if (object.removedIds) {
                        if (!$Array.isArray(object.removedIds))
                            throw $TypeError(".shoal.cluster.v1.StateSnapshot.removedIds: array expected");
                        message.removedIds = $Array(object.removedIds.length);
                        for (let i = 0; i < object.removedIds.length; ++i)
                            message.removedIds[i] = $String(object.removedIds[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StateSnapshot message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {shoal.cluster.v1.StateSnapshot} message StateSnapshot
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateSnapshot.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.members = [];
                        object.removedIds = [];
                    }
                    if (options.defaults) {
                        object.formatVersion = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                        object.formatVersion = message.formatVersion;
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.appliedIndex === "number")
                            object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                        else
                            object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.shoal.cluster.v1.MemberRecord.toObject(message.members[j], options, _depth + 1);
                    }
                    if (message.removedIds && message.removedIds.length) {
                        object.removedIds = $Array(message.removedIds.length);
                        for (let j = 0; j < message.removedIds.length; ++j)
                            object.removedIds[j] = message.removedIds[j];
                    }
                    return object;
                };

                /**
                 * Converts this StateSnapshot to JSON.
                 * @function toJSON
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateSnapshot.prototype.toJSON = function() {
                    return StateSnapshot.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateSnapshot
                 * @function getTypeUrl
                 * @memberof shoal.cluster.v1.StateSnapshot
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateSnapshot.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.cluster.v1.StateSnapshot";
                };

                return StateSnapshot;
            })();

            return v1;
        })();

        return cluster;
    })();

    shoal.peer = (function() {

        /**
         * Namespace peer.
         * @memberof shoal
         * @namespace
         */
        const peer = {};

        peer.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof shoal.peer
             * @namespace
             */
            const v1 = {};

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @typedef {Object} shoal.peer.v1.Hello.$Properties
                 * @property {string|null} [groupId] Hello groupId
                 * @property {string|null} [memberId] Hello memberId
                 * @property {Uint8Array|null} [nonce] Hello nonce
                 * @property {number|null} [protocolVersion] Hello protocolVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hello.
                 * @memberof shoal.peer.v1
                 * @interface IHello
                 * @augments shoal.peer.v1.Hello.$Properties
                 * @deprecated Use shoal.peer.v1.Hello.$Properties instead.
                 */

                /**
                 * Shape of a Hello.
                 * @typedef {shoal.peer.v1.Hello.$Properties} shoal.peer.v1.Hello.$Shape
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a Hello.
                 * @constructor
                 * @param {shoal.peer.v1.Hello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hello = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hello groupId.
                 * @member {string} groupId
                 * @memberof shoal.peer.v1.Hello
                 * @instance
                 */
                Hello.prototype.groupId = "";

                /**
                 * Hello memberId.
                 * @member {string} memberId
                 * @memberof shoal.peer.v1.Hello
                 * @instance
                 */
                Hello.prototype.memberId = "";

                /**
                 * Hello nonce.
                 * @member {Uint8Array} nonce
                 * @memberof shoal.peer.v1.Hello
                 * @instance
                 */
                Hello.prototype.nonce = $util.newBuffer([]);

                /**
                 * Hello protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof shoal.peer.v1.Hello
                 * @instance
                 */
                Hello.prototype.protocolVersion = 0;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {shoal.peer.v1.Hello.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.Hello} Hello instance
                 * @type {{
                 *   (properties: shoal.peer.v1.Hello.$Shape): shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape;
                 *   (properties?: shoal.peer.v1.Hello.$Properties): shoal.peer.v1.Hello;
                 * }}
                 */
                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link shoal.peer.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {shoal.peer.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.memberId);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link shoal.peer.v1.Hello.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {shoal.peer.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.Hello();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.groupId = value;
                                else
                                    delete message.groupId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.memberId = value;
                                else
                                    delete message.memberId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Hello message.
                 * @function verify
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Hello.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                        if (!$util.isString(message.groupId))
                            return "groupId: string expected";
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        if (!$util.isString(message.memberId))
                            return "memberId: string expected";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        if (!$util.isInteger(message.protocolVersion))
                            return "protocolVersion: integer expected";
                    return null;
                };

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.Hello} Hello
                 */
                Hello.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.Hello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.Hello();
                    if (object.groupId != null)
                        if (typeof object.groupId !== "string" || object.groupId.length)
                            message.groupId = $String(object.groupId);
                    if (object.memberId != null)
                        if (typeof object.memberId !== "string" || object.memberId.length)
                            message.memberId = $String(object.memberId);
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.protocolVersion != null)
                        if ($Number(object.protocolVersion) !== 0)
                            message.protocolVersion = object.protocolVersion >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {shoal.peer.v1.Hello} message Hello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Hello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.groupId = "";
                        object.memberId = "";
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        object.protocolVersion = 0;
                    }
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                        object.groupId = message.groupId;
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        object.memberId = message.memberId;
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    return object;
                };

                /**
                 * Converts this Hello to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.Hello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Hello.prototype.toJSON = function() {
                    return Hello.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Hello
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.Hello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Hello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.Hello";
                };

                return Hello;
            })();

            v1.Challenge = (function() {

                /**
                 * Properties of a Challenge.
                 * @typedef {Object} shoal.peer.v1.Challenge.$Properties
                 * @property {string|null} [groupId] Challenge groupId
                 * @property {string|null} [memberId] Challenge memberId
                 * @property {Uint8Array|null} [nonce] Challenge nonce
                 * @property {Uint8Array|null} [proof] Challenge proof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Challenge.
                 * @memberof shoal.peer.v1
                 * @interface IChallenge
                 * @augments shoal.peer.v1.Challenge.$Properties
                 * @deprecated Use shoal.peer.v1.Challenge.$Properties instead.
                 */

                /**
                 * Shape of a Challenge.
                 * @typedef {shoal.peer.v1.Challenge.$Properties} shoal.peer.v1.Challenge.$Shape
                 */

                /**
                 * Constructs a new Challenge.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a Challenge.
                 * @constructor
                 * @param {shoal.peer.v1.Challenge.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Challenge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Challenge groupId.
                 * @member {string} groupId
                 * @memberof shoal.peer.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.groupId = "";

                /**
                 * Challenge memberId.
                 * @member {string} memberId
                 * @memberof shoal.peer.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.memberId = "";

                /**
                 * Challenge nonce.
                 * @member {Uint8Array} nonce
                 * @memberof shoal.peer.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.nonce = $util.newBuffer([]);

                /**
                 * Challenge proof.
                 * @member {Uint8Array} proof
                 * @memberof shoal.peer.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.proof = $util.newBuffer([]);

                /**
                 * Creates a new Challenge instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {shoal.peer.v1.Challenge.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.Challenge} Challenge instance
                 * @type {{
                 *   (properties: shoal.peer.v1.Challenge.$Shape): shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape;
                 *   (properties?: shoal.peer.v1.Challenge.$Properties): shoal.peer.v1.Challenge;
                 * }}
                 */
                Challenge.create = function(properties) {
                    return new Challenge(properties);
                };

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link shoal.peer.v1.Challenge.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {shoal.peer.v1.Challenge.$Properties} message Challenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.memberId);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.proof);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Challenge message, length delimited. Does not implicitly {@link shoal.peer.v1.Challenge.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {shoal.peer.v1.Challenge.$Properties} message Challenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenge.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Challenge.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.Challenge();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.groupId = value;
                                else
                                    delete message.groupId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.memberId = value;
                                else
                                    delete message.memberId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proof = value;
                                else
                                    delete message.proof;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Challenge message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Challenge.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Challenge message.
                 * @function verify
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Challenge.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                        if (!$util.isString(message.groupId))
                            return "groupId: string expected";
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        if (!$util.isString(message.memberId))
                            return "memberId: string expected";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        if (!(message.proof && typeof message.proof.length === "number" || $util.isString(message.proof)))
                            return "proof: buffer expected";
                    return null;
                };

                /**
                 * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.Challenge} Challenge
                 */
                Challenge.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.Challenge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.Challenge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.Challenge();
                    if (object.groupId != null)
                        if (typeof object.groupId !== "string" || object.groupId.length)
                            message.groupId = $String(object.groupId);
                    if (object.memberId != null)
                        if (typeof object.memberId !== "string" || object.memberId.length)
                            message.memberId = $String(object.memberId);
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.proof != null)
                        if (object.proof.length)
                            if (typeof object.proof === "string")
                                $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                            else if (object.proof.length >= 0)
                                message.proof = object.proof;
                    return message;
                };

                /**
                 * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {shoal.peer.v1.Challenge} message Challenge
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Challenge.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.groupId = "";
                        object.memberId = "";
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        if (options.bytes === $String)
                            object.proof = "";
                        else {
                            object.proof = [];
                            if (options.bytes !== $Array)
                                object.proof = $util.newBuffer(object.proof);
                        }
                    }
                    if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                        object.groupId = message.groupId;
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        object.memberId = message.memberId;
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                    return object;
                };

                /**
                 * Converts this Challenge to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.Challenge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Challenge.prototype.toJSON = function() {
                    return Challenge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Challenge
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.Challenge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Challenge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.Challenge";
                };

                return Challenge;
            })();

            v1.Proof = (function() {

                /**
                 * Properties of a Proof.
                 * @typedef {Object} shoal.peer.v1.Proof.$Properties
                 * @property {Uint8Array|null} [proof] Proof proof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Proof.
                 * @memberof shoal.peer.v1
                 * @interface IProof
                 * @augments shoal.peer.v1.Proof.$Properties
                 * @deprecated Use shoal.peer.v1.Proof.$Properties instead.
                 */

                /**
                 * Shape of a Proof.
                 * @typedef {shoal.peer.v1.Proof.$Properties} shoal.peer.v1.Proof.$Shape
                 */

                /**
                 * Constructs a new Proof.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a Proof.
                 * @constructor
                 * @param {shoal.peer.v1.Proof.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Proof = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Proof proof.
                 * @member {Uint8Array} proof
                 * @memberof shoal.peer.v1.Proof
                 * @instance
                 */
                Proof.prototype.proof = $util.newBuffer([]);

                /**
                 * Creates a new Proof instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {shoal.peer.v1.Proof.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.Proof} Proof instance
                 * @type {{
                 *   (properties: shoal.peer.v1.Proof.$Shape): shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape;
                 *   (properties?: shoal.peer.v1.Proof.$Properties): shoal.peer.v1.Proof;
                 * }}
                 */
                Proof.create = function(properties) {
                    return new Proof(properties);
                };

                /**
                 * Encodes the specified Proof message. Does not implicitly {@link shoal.peer.v1.Proof.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {shoal.peer.v1.Proof.$Properties} message Proof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Proof.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proof);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Proof message, length delimited. Does not implicitly {@link shoal.peer.v1.Proof.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {shoal.peer.v1.Proof.$Properties} message Proof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Proof.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Proof message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape} Proof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Proof.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.Proof();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proof = value;
                                else
                                    delete message.proof;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Proof message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape} Proof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Proof.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Proof message.
                 * @function verify
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Proof.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        if (!(message.proof && typeof message.proof.length === "number" || $util.isString(message.proof)))
                            return "proof: buffer expected";
                    return null;
                };

                /**
                 * Creates a Proof message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.Proof} Proof
                 */
                Proof.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.Proof)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.Proof: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.Proof();
                    if (object.proof != null)
                        if (object.proof.length)
                            if (typeof object.proof === "string")
                                $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                            else if (object.proof.length >= 0)
                                message.proof = object.proof;
                    return message;
                };

                /**
                 * Creates a plain object from a Proof message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {shoal.peer.v1.Proof} message Proof
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Proof.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.proof = "";
                        else {
                            object.proof = [];
                            if (options.bytes !== $Array)
                                object.proof = $util.newBuffer(object.proof);
                        }
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                    return object;
                };

                /**
                 * Converts this Proof to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.Proof
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Proof.prototype.toJSON = function() {
                    return Proof.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Proof
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.Proof
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Proof.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.Proof";
                };

                return Proof;
            })();

            v1.Welcome = (function() {

                /**
                 * Properties of a Welcome.
                 * @typedef {Object} shoal.peer.v1.Welcome.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Welcome.
                 * @memberof shoal.peer.v1
                 * @interface IWelcome
                 * @augments shoal.peer.v1.Welcome.$Properties
                 * @deprecated Use shoal.peer.v1.Welcome.$Properties instead.
                 */

                /**
                 * Shape of a Welcome.
                 * @typedef {shoal.peer.v1.Welcome.$Properties} shoal.peer.v1.Welcome.$Shape
                 */

                /**
                 * Constructs a new Welcome.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a Welcome.
                 * @constructor
                 * @param {shoal.peer.v1.Welcome.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Welcome = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {shoal.peer.v1.Welcome.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.Welcome} Welcome instance
                 * @type {{
                 *   (properties: shoal.peer.v1.Welcome.$Shape): shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape;
                 *   (properties?: shoal.peer.v1.Welcome.$Properties): shoal.peer.v1.Welcome;
                 * }}
                 */
                Welcome.create = function(properties) {
                    return new Welcome(properties);
                };

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link shoal.peer.v1.Welcome.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {shoal.peer.v1.Welcome.$Properties} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Welcome message, length delimited. Does not implicitly {@link shoal.peer.v1.Welcome.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {shoal.peer.v1.Welcome.$Properties} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.Welcome();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Welcome message.
                 * @function verify
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Welcome.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.Welcome} Welcome
                 */
                Welcome.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.Welcome)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.Welcome: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.shoal.peer.v1.Welcome();
                };

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {shoal.peer.v1.Welcome} message Welcome
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Welcome.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Welcome to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.Welcome
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Welcome.prototype.toJSON = function() {
                    return Welcome.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Welcome
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.Welcome
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Welcome.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.Welcome";
                };

                return Welcome;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} shoal.peer.v1.Refusal.$Properties
                 * @property {string|null} [reason] Refusal reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof shoal.peer.v1
                 * @interface IRefusal
                 * @augments shoal.peer.v1.Refusal.$Properties
                 * @deprecated Use shoal.peer.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {shoal.peer.v1.Refusal.$Properties} shoal.peer.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {shoal.peer.v1.Refusal.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Refusal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Refusal reason.
                 * @member {string} reason
                 * @memberof shoal.peer.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.reason = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {shoal.peer.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: shoal.peer.v1.Refusal.$Shape): shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape;
                 *   (properties?: shoal.peer.v1.Refusal.$Properties): shoal.peer.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link shoal.peer.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {shoal.peer.v1.Refusal.$Properties} message Refusal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Refusal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Refusal message, length delimited. Does not implicitly {@link shoal.peer.v1.Refusal.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {shoal.peer.v1.Refusal.$Properties} message Refusal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Refusal.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Refusal.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.Refusal();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Refusal message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Refusal.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Refusal message.
                 * @function verify
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Refusal.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.Refusal();
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {shoal.peer.v1.Refusal} message Refusal
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Refusal.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.reason = "";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this Refusal to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.Refusal";
                };

                return Refusal;
            })();

            v1.RaftBatch = (function() {

                /**
                 * Properties of a RaftBatch.
                 * @typedef {Object} shoal.peer.v1.RaftBatch.$Properties
                 * @property {Array.<Uint8Array>|null} [messages] RaftBatch messages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftBatch.
                 * @memberof shoal.peer.v1
                 * @interface IRaftBatch
                 * @augments shoal.peer.v1.RaftBatch.$Properties
                 * @deprecated Use shoal.peer.v1.RaftBatch.$Properties instead.
                 */

                /**
                 * Shape of a RaftBatch.
                 * @typedef {shoal.peer.v1.RaftBatch.$Properties} shoal.peer.v1.RaftBatch.$Shape
                 */

                /**
                 * Constructs a new RaftBatch.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a RaftBatch.
                 * @constructor
                 * @param {shoal.peer.v1.RaftBatch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftBatch = function (properties) {
                    this.messages = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RaftBatch messages.
                 * @member {Array.<Uint8Array>} messages
                 * @memberof shoal.peer.v1.RaftBatch
                 * @instance
                 */
                RaftBatch.prototype.messages = $util.emptyArray;

                /**
                 * Creates a new RaftBatch instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {shoal.peer.v1.RaftBatch.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.RaftBatch} RaftBatch instance
                 * @type {{
                 *   (properties: shoal.peer.v1.RaftBatch.$Shape): shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape;
                 *   (properties?: shoal.peer.v1.RaftBatch.$Properties): shoal.peer.v1.RaftBatch;
                 * }}
                 */
                RaftBatch.create = function(properties) {
                    return new RaftBatch(properties);
                };

                /**
                 * Encodes the specified RaftBatch message. Does not implicitly {@link shoal.peer.v1.RaftBatch.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {shoal.peer.v1.RaftBatch.$Properties} message RaftBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messages != null && message.messages.length)
                        for (let i = 0; i < message.messages.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.messages[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RaftBatch message, length delimited. Does not implicitly {@link shoal.peer.v1.RaftBatch.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {shoal.peer.v1.RaftBatch.$Properties} message RaftBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftBatch.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftBatch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.RaftBatch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.messages && message.messages.length))
                                    message.messages = [];
                                message.messages.push(reader.bytes());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftBatch.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RaftBatch message.
                 * @function verify
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RaftBatch.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                        if (!$Array.isArray(message.messages))
                            return "messages: array expected";
                        for (let i = 0; i < message.messages.length; ++i)
                            if (!(message.messages[i] && typeof message.messages[i].length === "number" || $util.isString(message.messages[i])))
                                return "messages: buffer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a RaftBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.RaftBatch} RaftBatch
                 */
                RaftBatch.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.RaftBatch)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.RaftBatch: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.RaftBatch();
                    if (object.messages) {
                        if (!$Array.isArray(object.messages))
                            throw $TypeError(".shoal.peer.v1.RaftBatch.messages: array expected");
                        message.messages = $Array(object.messages.length);
                        for (let i = 0; i < object.messages.length; ++i)
                            if (typeof object.messages[i] === "string")
                                $util.base64.decode(object.messages[i], message.messages[i] = $util.newBuffer($util.base64.length(object.messages[i])), 0);
                            else if (object.messages[i].length >= 0)
                                message.messages[i] = object.messages[i];
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RaftBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {shoal.peer.v1.RaftBatch} message RaftBatch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftBatch.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.messages = [];
                    if (message.messages && message.messages.length) {
                        object.messages = $Array(message.messages.length);
                        for (let j = 0; j < message.messages.length; ++j)
                            object.messages[j] = options.bytes === $String ? $util.base64.encode(message.messages[j], 0, message.messages[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.messages[j]) : message.messages[j];
                    }
                    return object;
                };

                /**
                 * Converts this RaftBatch to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.RaftBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftBatch.prototype.toJSON = function() {
                    return RaftBatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftBatch
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.RaftBatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftBatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.RaftBatch";
                };

                return RaftBatch;
            })();

            v1.SnapshotChunk = (function() {

                /**
                 * Properties of a SnapshotChunk.
                 * @typedef {Object} shoal.peer.v1.SnapshotChunk.$Properties
                 * @property {number|null} [snapshotId] SnapshotChunk snapshotId
                 * @property {number|null} [chunkIndex] SnapshotChunk chunkIndex
                 * @property {number|null} [chunkCount] SnapshotChunk chunkCount
                 * @property {number|null} [totalBytes] SnapshotChunk totalBytes
                 * @property {Uint8Array|null} [message] SnapshotChunk message
                 * @property {Uint8Array|null} [data] SnapshotChunk data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotChunk.
                 * @memberof shoal.peer.v1
                 * @interface ISnapshotChunk
                 * @augments shoal.peer.v1.SnapshotChunk.$Properties
                 * @deprecated Use shoal.peer.v1.SnapshotChunk.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotChunk.
                 * @typedef {shoal.peer.v1.SnapshotChunk.$Properties} shoal.peer.v1.SnapshotChunk.$Shape
                 */

                /**
                 * Constructs a new SnapshotChunk.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents a SnapshotChunk.
                 * @constructor
                 * @param {shoal.peer.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotChunk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotChunk snapshotId.
                 * @member {number} snapshotId
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.snapshotId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk chunkIndex.
                 * @member {number} chunkIndex
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.chunkIndex = 0;

                /**
                 * SnapshotChunk chunkCount.
                 * @member {number} chunkCount
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.chunkCount = 0;

                /**
                 * SnapshotChunk totalBytes.
                 * @member {number} totalBytes
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk message.
                 * @member {Uint8Array} message
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.message = $util.newBuffer([]);

                /**
                 * SnapshotChunk data.
                 * @member {Uint8Array} data
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {shoal.peer.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.SnapshotChunk} SnapshotChunk instance
                 * @type {{
                 *   (properties: shoal.peer.v1.SnapshotChunk.$Shape): shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape;
                 *   (properties?: shoal.peer.v1.SnapshotChunk.$Properties): shoal.peer.v1.SnapshotChunk;
                 * }}
                 */
                SnapshotChunk.create = function(properties) {
                    return new SnapshotChunk(properties);
                };

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link shoal.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {shoal.peer.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId") && (typeof message.snapshotId === "object" ? message.snapshotId.low || message.snapshotId.high : message.snapshotId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.snapshotId);
                    if (message.chunkIndex != null && $Object.hasOwnProperty.call(message, "chunkIndex") && message.chunkIndex !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkIndex);
                    if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.chunkCount);
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalBytes);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.message);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link shoal.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {shoal.peer.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.SnapshotChunk();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.snapshotId = value;
                                else
                                    delete message.snapshotId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.chunkIndex = value;
                                else
                                    delete message.chunkIndex;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.chunkCount = value;
                                else
                                    delete message.chunkCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.totalBytes = value;
                                else
                                    delete message.totalBytes;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotChunk message.
                 * @function verify
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotChunk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                        if (!$util.isInteger(message.snapshotId) && !(message.snapshotId && $util.isInteger(message.snapshotId.low) && $util.isInteger(message.snapshotId.high)))
                            return "snapshotId: integer|Long expected";
                    if (message.chunkIndex != null && $Object.hasOwnProperty.call(message, "chunkIndex"))
                        if (!$util.isInteger(message.chunkIndex))
                            return "chunkIndex: integer expected";
                    if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                        if (!$util.isInteger(message.chunkCount))
                            return "chunkCount: integer expected";
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                        if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                            return "totalBytes: integer|Long expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!(message.message && typeof message.message.length === "number" || $util.isString(message.message)))
                            return "message: buffer expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.SnapshotChunk} SnapshotChunk
                 */
                SnapshotChunk.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.SnapshotChunk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.SnapshotChunk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.SnapshotChunk();
                    if (object.snapshotId != null)
                        if (typeof object.snapshotId === "object" ? object.snapshotId.low || object.snapshotId.high : $Number(object.snapshotId) !== 0)
                            if ($util.Long)
                                message.snapshotId = $util.Long.fromValue(object.snapshotId, true);
                            else if (typeof object.snapshotId === "string")
                                message.snapshotId = $parseInt(object.snapshotId, 10);
                            else if (typeof object.snapshotId === "number")
                                message.snapshotId = object.snapshotId;
                            else if (typeof object.snapshotId === "object")
                                message.snapshotId = new $util.LongBits(object.snapshotId.low >>> 0, object.snapshotId.high >>> 0).toNumber(true);
                    if (object.chunkIndex != null)
                        if ($Number(object.chunkIndex) !== 0)
                            message.chunkIndex = object.chunkIndex >>> 0;
                    if (object.chunkCount != null)
                        if ($Number(object.chunkCount) !== 0)
                            message.chunkCount = object.chunkCount >>> 0;
                    if (object.totalBytes != null)
                        if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                            if ($util.Long)
                                message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                            else if (typeof object.totalBytes === "string")
                                message.totalBytes = $parseInt(object.totalBytes, 10);
                            else if (typeof object.totalBytes === "number")
                                message.totalBytes = object.totalBytes;
                            else if (typeof object.totalBytes === "object")
                                message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                    if (object.message != null)
                        if (object.message.length)
                            if (typeof object.message === "string")
                                $util.base64.decode(object.message, message.message = $util.newBuffer($util.base64.length(object.message)), 0);
                            else if (object.message.length >= 0)
                                message.message = object.message;
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {shoal.peer.v1.SnapshotChunk} message SnapshotChunk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotChunk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.snapshotId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.snapshotId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.chunkIndex = 0;
                        object.chunkCount = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.message = "";
                        else {
                            object.message = [];
                            if (options.bytes !== $Array)
                                object.message = $util.newBuffer(object.message);
                        }
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.snapshotId = typeof message.snapshotId === "number" ? $BigInt(message.snapshotId) : $util.Long.fromBits(message.snapshotId.low >>> 0, message.snapshotId.high >>> 0, true).toBigInt();
                        else if (typeof message.snapshotId === "number")
                            object.snapshotId = options.longs === $String ? $String(message.snapshotId) : message.snapshotId;
                        else
                            object.snapshotId = options.longs === $String ? $util.Long.prototype.toString.call(message.snapshotId) : options.longs === $Number ? new $util.LongBits(message.snapshotId.low >>> 0, message.snapshotId.high >>> 0).toNumber(true) : message.snapshotId;
                    if (message.chunkIndex != null && $Object.hasOwnProperty.call(message, "chunkIndex"))
                        object.chunkIndex = message.chunkIndex;
                    if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                        object.chunkCount = message.chunkCount;
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.totalBytes === "number")
                            object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                        else
                            object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = options.bytes === $String ? $util.base64.encode(message.message, 0, message.message.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.message) : message.message;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this SnapshotChunk to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotChunk.prototype.toJSON = function() {
                    return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotChunk
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.SnapshotChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.SnapshotChunk";
                };

                return SnapshotChunk;
            })();

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} shoal.peer.v1.Envelope.$Properties
                 * @property {shoal.peer.v1.Hello.$Properties|null} [hello] Envelope hello
                 * @property {shoal.peer.v1.Challenge.$Properties|null} [challenge] Envelope challenge
                 * @property {shoal.peer.v1.Proof.$Properties|null} [proof] Envelope proof
                 * @property {shoal.peer.v1.Welcome.$Properties|null} [welcome] Envelope welcome
                 * @property {shoal.peer.v1.Refusal.$Properties|null} [refusal] Envelope refusal
                 * @property {shoal.peer.v1.RaftBatch.$Properties|null} [raftBatch] Envelope raftBatch
                 * @property {shoal.peer.v1.SnapshotChunk.$Properties|null} [snapshotChunk] Envelope snapshotChunk
                 * @property {"hello"|"challenge"|"proof"|"welcome"|"refusal"|"raftBatch"|"snapshotChunk"} [body] Envelope body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof shoal.peer.v1
                 * @interface IEnvelope
                 * @augments shoal.peer.v1.Envelope.$Properties
                 * @deprecated Use shoal.peer.v1.Envelope.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Envelope.
                 * @typedef {{
                 *   hello?: shoal.peer.v1.Hello.$Shape|null;
                 *   challenge?: shoal.peer.v1.Challenge.$Shape|null;
                 *   proof?: shoal.peer.v1.Proof.$Shape|null;
                 *   welcome?: shoal.peer.v1.Welcome.$Shape|null;
                 *   refusal?: shoal.peer.v1.Refusal.$Shape|null;
                 *   raftBatch?: shoal.peer.v1.RaftBatch.$Shape|null;
                 *   snapshotChunk?: shoal.peer.v1.SnapshotChunk.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null }|{ body?: "hello"; hello: shoal.peer.v1.Hello.$Shape; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null }|{ body?: "challenge"; hello?: null; challenge: shoal.peer.v1.Challenge.$Shape; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null }|{ body?: "proof"; hello?: null; challenge?: null; proof: shoal.peer.v1.Proof.$Shape; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null }|{ body?: "welcome"; hello?: null; challenge?: null; proof?: null; welcome: shoal.peer.v1.Welcome.$Shape; refusal?: null; raftBatch?: null; snapshotChunk?: null }|{ body?: "refusal"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal: shoal.peer.v1.Refusal.$Shape; raftBatch?: null; snapshotChunk?: null }|{ body?: "raftBatch"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch: shoal.peer.v1.RaftBatch.$Shape; snapshotChunk?: null }|{ body?: "snapshotChunk"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk: shoal.peer.v1.SnapshotChunk.$Shape })
                 * )} shoal.peer.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof shoal.peer.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {shoal.peer.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope hello.
                 * @member {shoal.peer.v1.Hello.$Properties|null|undefined} hello
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.hello = null;

                /**
                 * Envelope challenge.
                 * @member {shoal.peer.v1.Challenge.$Properties|null|undefined} challenge
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.challenge = null;

                /**
                 * Envelope proof.
                 * @member {shoal.peer.v1.Proof.$Properties|null|undefined} proof
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.proof = null;

                /**
                 * Envelope welcome.
                 * @member {shoal.peer.v1.Welcome.$Properties|null|undefined} welcome
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.welcome = null;

                /**
                 * Envelope refusal.
                 * @member {shoal.peer.v1.Refusal.$Properties|null|undefined} refusal
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.refusal = null;

                /**
                 * Envelope raftBatch.
                 * @member {shoal.peer.v1.RaftBatch.$Properties|null|undefined} raftBatch
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.raftBatch = null;

                /**
                 * Envelope snapshotChunk.
                 * @member {shoal.peer.v1.SnapshotChunk.$Properties|null|undefined} snapshotChunk
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.snapshotChunk = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Envelope body.
                 * @member {"hello"|"challenge"|"proof"|"welcome"|"refusal"|"raftBatch"|"snapshotChunk"|undefined} body
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 */
                $Object.defineProperty(Envelope.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["hello", "challenge", "proof", "welcome", "refusal", "raftBatch", "snapshotChunk"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {shoal.peer.v1.Envelope.$Properties=} [properties] Properties to set
                 * @returns {shoal.peer.v1.Envelope} Envelope instance
                 * @type {{
                 *   (properties: shoal.peer.v1.Envelope.$Shape): shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape;
                 *   (properties?: shoal.peer.v1.Envelope.$Properties): shoal.peer.v1.Envelope;
                 * }}
                 */
                Envelope.create = function(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link shoal.peer.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {shoal.peer.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        $root.shoal.peer.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                        $root.shoal.peer.v1.Challenge.encode(message.challenge, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        $root.shoal.peer.v1.Proof.encode(message.proof, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                        $root.shoal.peer.v1.Welcome.encode(message.welcome, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.shoal.peer.v1.Refusal.encode(message.refusal, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.raftBatch != null && $Object.hasOwnProperty.call(message, "raftBatch"))
                        $root.shoal.peer.v1.RaftBatch.encode(message.raftBatch, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk"))
                        $root.shoal.peer.v1.SnapshotChunk.encode(message.snapshotChunk, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Envelope message, length delimited. Does not implicitly {@link shoal.peer.v1.Envelope.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {shoal.peer.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.peer.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.hello = $root.shoal.peer.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                                message.body = "hello";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.challenge = $root.shoal.peer.v1.Challenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                                message.body = "challenge";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.proof = $root.shoal.peer.v1.Proof.decode(reader, reader.size(), $undefined, _depth + 1, message.proof);
                                message.body = "proof";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.welcome = $root.shoal.peer.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                                message.body = "welcome";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.shoal.peer.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                                message.body = "refusal";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.raftBatch = $root.shoal.peer.v1.RaftBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.raftBatch);
                                message.body = "raftBatch";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotChunk = $root.shoal.peer.v1.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotChunk);
                                message.body = "snapshotChunk";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Envelope message.
                 * @function verify
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Envelope.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.Hello.verify(message.hello, _depth + 1);
                            if (error)
                                return "hello." + error;
                        }
                    }
                    if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.Challenge.verify(message.challenge, _depth + 1);
                            if (error)
                                return "challenge." + error;
                        }
                    }
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.Proof.verify(message.proof, _depth + 1);
                            if (error)
                                return "proof." + error;
                        }
                    }
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.Welcome.verify(message.welcome, _depth + 1);
                            if (error)
                                return "welcome." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    if (message.raftBatch != null && $Object.hasOwnProperty.call(message, "raftBatch")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.RaftBatch.verify(message.raftBatch, _depth + 1);
                            if (error)
                                return "raftBatch." + error;
                        }
                    }
                    if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.shoal.peer.v1.SnapshotChunk.verify(message.snapshotChunk, _depth + 1);
                            if (error)
                                return "snapshotChunk." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.peer.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.peer.v1.Envelope)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.peer.v1.Envelope: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.peer.v1.Envelope();
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw $TypeError(".shoal.peer.v1.Envelope.hello: object expected");
                        message.hello = $root.shoal.peer.v1.Hello.fromObject(object.hello, _depth + 1);
                    }
                    if (object.challenge != null) {
                        if (!$util.isObject(object.challenge))
                            throw $TypeError(".shoal.peer.v1.Envelope.challenge: object expected");
                        message.challenge = $root.shoal.peer.v1.Challenge.fromObject(object.challenge, _depth + 1);
                    }
                    if (object.proof != null) {
                        if (!$util.isObject(object.proof))
                            throw $TypeError(".shoal.peer.v1.Envelope.proof: object expected");
                        message.proof = $root.shoal.peer.v1.Proof.fromObject(object.proof, _depth + 1);
                    }
                    if (object.welcome != null) {
                        if (!$util.isObject(object.welcome))
                            throw $TypeError(".shoal.peer.v1.Envelope.welcome: object expected");
                        message.welcome = $root.shoal.peer.v1.Welcome.fromObject(object.welcome, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".shoal.peer.v1.Envelope.refusal: object expected");
                        message.refusal = $root.shoal.peer.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    if (object.raftBatch != null) {
                        if (!$util.isObject(object.raftBatch))
                            throw $TypeError(".shoal.peer.v1.Envelope.raftBatch: object expected");
                        message.raftBatch = $root.shoal.peer.v1.RaftBatch.fromObject(object.raftBatch, _depth + 1);
                    }
                    if (object.snapshotChunk != null) {
                        if (!$util.isObject(object.snapshotChunk))
                            throw $TypeError(".shoal.peer.v1.Envelope.snapshotChunk: object expected");
                        message.snapshotChunk = $root.shoal.peer.v1.SnapshotChunk.fromObject(object.snapshotChunk, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {shoal.peer.v1.Envelope} message Envelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        object.hello = $root.shoal.peer.v1.Hello.toObject(message.hello, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "hello";
                    }
                    if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                        object.challenge = $root.shoal.peer.v1.Challenge.toObject(message.challenge, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "challenge";
                    }
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                        object.proof = $root.shoal.peer.v1.Proof.toObject(message.proof, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "proof";
                    }
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                        object.welcome = $root.shoal.peer.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "welcome";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.shoal.peer.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    if (message.raftBatch != null && $Object.hasOwnProperty.call(message, "raftBatch")) {
                        object.raftBatch = $root.shoal.peer.v1.RaftBatch.toObject(message.raftBatch, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "raftBatch";
                    }
                    if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk")) {
                        object.snapshotChunk = $root.shoal.peer.v1.SnapshotChunk.toObject(message.snapshotChunk, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "snapshotChunk";
                    }
                    return object;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof shoal.peer.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function() {
                    return Envelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Envelope
                 * @function getTypeUrl
                 * @memberof shoal.peer.v1.Envelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Envelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.peer.v1.Envelope";
                };

                return Envelope;
            })();

            return v1;
        })();

        return peer;
    })();

    shoal.raft = (function() {

        /**
         * Namespace raft.
         * @memberof shoal
         * @namespace
         */
        const raft = {};

        raft.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof shoal.raft
             * @namespace
             */
            const v1 = {};

            /**
             * EntryType enum.
             * @name shoal.raft.v1.EntryType
             * @enum {number}
             * @property {number} ENTRY_TYPE_NORMAL=0 ENTRY_TYPE_NORMAL value
             * @property {number} ENTRY_TYPE_CONF_CHANGE=1 ENTRY_TYPE_CONF_CHANGE value
             */
            v1.EntryType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENTRY_TYPE_NORMAL"] = 0;
                values[valuesById[1] = "ENTRY_TYPE_CONF_CHANGE"] = 1;
                return values;
            })();

            v1.Entry = (function() {

                /**
                 * Properties of an Entry.
                 * @typedef {Object} shoal.raft.v1.Entry.$Properties
                 * @property {number|null} [term] Entry term
                 * @property {number|null} [index] Entry index
                 * @property {shoal.raft.v1.EntryType|null} [type] Entry type
                 * @property {Uint8Array|null} [data] Entry data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Entry.
                 * @memberof shoal.raft.v1
                 * @interface IEntry
                 * @augments shoal.raft.v1.Entry.$Properties
                 * @deprecated Use shoal.raft.v1.Entry.$Properties instead.
                 */

                /**
                 * Shape of an Entry.
                 * @typedef {shoal.raft.v1.Entry.$Properties} shoal.raft.v1.Entry.$Shape
                 */

                /**
                 * Constructs a new Entry.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents an Entry.
                 * @constructor
                 * @param {shoal.raft.v1.Entry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Entry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Entry term.
                 * @member {number} term
                 * @memberof shoal.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry index.
                 * @member {number} index
                 * @memberof shoal.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry type.
                 * @member {shoal.raft.v1.EntryType} type
                 * @memberof shoal.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.type = 0;

                /**
                 * Entry data.
                 * @member {Uint8Array} data
                 * @memberof shoal.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {shoal.raft.v1.Entry.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.Entry} Entry instance
                 * @type {{
                 *   (properties: shoal.raft.v1.Entry.$Shape): shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape;
                 *   (properties?: shoal.raft.v1.Entry.$Properties): shoal.raft.v1.Entry;
                 * }}
                 */
                Entry.create = function(properties) {
                    return new Entry(properties);
                };

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link shoal.raft.v1.Entry.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {shoal.raft.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link shoal.raft.v1.Entry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {shoal.raft.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.Entry();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Entry message.
                 * @function verify
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Entry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.Entry} Entry
                 */
                Entry.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.Entry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.Entry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.Entry();
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.shoal.raft.v1.EntryType[object.type] !== 0))
                        switch (object.type) {
                        case "ENTRY_TYPE_NORMAL":
                        case 0:
                            message.type = 0;
                            break;
                        case "ENTRY_TYPE_CONF_CHANGE":
                        case 1:
                            message.type = 1;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {shoal.raft.v1.Entry} message Entry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Entry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.type = options.enums === $String ? "ENTRY_TYPE_NORMAL" : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.shoal.raft.v1.EntryType[message.type] === $undefined ? message.type : $root.shoal.raft.v1.EntryType[message.type] : message.type;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this Entry to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.Entry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Entry.prototype.toJSON = function() {
                    return Entry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Entry
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.Entry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Entry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.Entry";
                };

                return Entry;
            })();

            v1.HardState = (function() {

                /**
                 * Properties of a HardState.
                 * @typedef {Object} shoal.raft.v1.HardState.$Properties
                 * @property {number|null} [term] HardState term
                 * @property {string|null} [vote] HardState vote
                 * @property {number|null} [commit] HardState commit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HardState.
                 * @memberof shoal.raft.v1
                 * @interface IHardState
                 * @augments shoal.raft.v1.HardState.$Properties
                 * @deprecated Use shoal.raft.v1.HardState.$Properties instead.
                 */

                /**
                 * Shape of a HardState.
                 * @typedef {shoal.raft.v1.HardState.$Properties} shoal.raft.v1.HardState.$Shape
                 */

                /**
                 * Constructs a new HardState.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents a HardState.
                 * @constructor
                 * @param {shoal.raft.v1.HardState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HardState = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HardState term.
                 * @member {number} term
                 * @memberof shoal.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HardState vote.
                 * @member {string} vote
                 * @memberof shoal.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.vote = "";

                /**
                 * HardState commit.
                 * @member {number} commit
                 * @memberof shoal.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new HardState instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {shoal.raft.v1.HardState.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.HardState} HardState instance
                 * @type {{
                 *   (properties: shoal.raft.v1.HardState.$Shape): shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape;
                 *   (properties?: shoal.raft.v1.HardState.$Properties): shoal.raft.v1.HardState;
                 * }}
                 */
                HardState.create = function(properties) {
                    return new HardState(properties);
                };

                /**
                 * Encodes the specified HardState message. Does not implicitly {@link shoal.raft.v1.HardState.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {shoal.raft.v1.HardState.$Properties} message HardState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HardState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && message.vote !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.vote);
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HardState message, length delimited. Does not implicitly {@link shoal.raft.v1.HardState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {shoal.raft.v1.HardState.$Properties} message HardState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HardState.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HardState message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HardState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.HardState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.vote = value;
                                else
                                    delete message.vote;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.commit = value;
                                else
                                    delete message.commit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a HardState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HardState.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HardState message.
                 * @function verify
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HardState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                        if (!$util.isString(message.vote))
                            return "vote: string expected";
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                            return "commit: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a HardState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.HardState} HardState
                 */
                HardState.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.HardState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.HardState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.HardState();
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.vote != null)
                        if (typeof object.vote !== "string" || object.vote.length)
                            message.vote = $String(object.vote);
                    if (object.commit != null)
                        if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                            if ($util.Long)
                                message.commit = $util.Long.fromValue(object.commit, true);
                            else if (typeof object.commit === "string")
                                message.commit = $parseInt(object.commit, 10);
                            else if (typeof object.commit === "number")
                                message.commit = object.commit;
                            else if (typeof object.commit === "object")
                                message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a HardState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {shoal.raft.v1.HardState} message HardState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HardState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.vote = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                        object.vote = message.vote;
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                        else if (typeof message.commit === "number")
                            object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                        else
                            object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                    return object;
                };

                /**
                 * Converts this HardState to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.HardState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HardState.prototype.toJSON = function() {
                    return HardState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HardState
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.HardState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HardState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.HardState";
                };

                return HardState;
            })();

            v1.ConfState = (function() {

                /**
                 * Properties of a ConfState.
                 * @typedef {Object} shoal.raft.v1.ConfState.$Properties
                 * @property {Array.<string>|null} [voters] ConfState voters
                 * @property {Array.<string>|null} [learners] ConfState learners
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfState.
                 * @memberof shoal.raft.v1
                 * @interface IConfState
                 * @augments shoal.raft.v1.ConfState.$Properties
                 * @deprecated Use shoal.raft.v1.ConfState.$Properties instead.
                 */

                /**
                 * Shape of a ConfState.
                 * @typedef {shoal.raft.v1.ConfState.$Properties} shoal.raft.v1.ConfState.$Shape
                 */

                /**
                 * Constructs a new ConfState.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents a ConfState.
                 * @constructor
                 * @param {shoal.raft.v1.ConfState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfState = function (properties) {
                    this.voters = [];
                    this.learners = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfState voters.
                 * @member {Array.<string>} voters
                 * @memberof shoal.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.voters = $util.emptyArray;

                /**
                 * ConfState learners.
                 * @member {Array.<string>} learners
                 * @memberof shoal.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.learners = $util.emptyArray;

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {shoal.raft.v1.ConfState.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.ConfState} ConfState instance
                 * @type {{
                 *   (properties: shoal.raft.v1.ConfState.$Shape): shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape;
                 *   (properties?: shoal.raft.v1.ConfState.$Properties): shoal.raft.v1.ConfState;
                 * }}
                 */
                ConfState.create = function(properties) {
                    return new ConfState(properties);
                };

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link shoal.raft.v1.ConfState.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {shoal.raft.v1.ConfState.$Properties} message ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.voters != null && message.voters.length)
                        for (let i = 0; i < message.voters.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.voters[i]);
                    if (message.learners != null && message.learners.length)
                        for (let i = 0; i < message.learners.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.learners[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConfState message, length delimited. Does not implicitly {@link shoal.raft.v1.ConfState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {shoal.raft.v1.ConfState.$Properties} message ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.ConfState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                message.voters.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                message.learners.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ConfState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConfState message.
                 * @function verify
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConfState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.voters != null && $Object.hasOwnProperty.call(message, "voters")) {
                        if (!$Array.isArray(message.voters))
                            return "voters: array expected";
                        for (let i = 0; i < message.voters.length; ++i)
                            if (!$util.isString(message.voters[i]))
                                return "voters: string[] expected";
                    }
                    if (message.learners != null && $Object.hasOwnProperty.call(message, "learners")) {
                        if (!$Array.isArray(message.learners))
                            return "learners: array expected";
                        for (let i = 0; i < message.learners.length; ++i)
                            if (!$util.isString(message.learners[i]))
                                return "learners: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.ConfState} ConfState
                 */
                ConfState.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.ConfState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.ConfState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.ConfState();
                    if (object.voters) {
                        if (!$Array.isArray(object.voters))
                            throw $TypeError(".shoal.raft.v1.ConfState.voters: array expected");
                        message.voters = $Array(object.voters.length);
                        for (let i = 0; i < object.voters.length; ++i)
                            message.voters[i] = $String(object.voters[i]);
                    }
                    if (object.learners) {
                        if (!$Array.isArray(object.learners))
                            throw $TypeError(".shoal.raft.v1.ConfState.learners: array expected");
                        message.learners = $Array(object.learners.length);
                        for (let i = 0; i < object.learners.length; ++i)
                            message.learners[i] = $String(object.learners[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {shoal.raft.v1.ConfState} message ConfState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.voters = [];
                        object.learners = [];
                    }
                    if (message.voters && message.voters.length) {
                        object.voters = $Array(message.voters.length);
                        for (let j = 0; j < message.voters.length; ++j)
                            object.voters[j] = message.voters[j];
                    }
                    if (message.learners && message.learners.length) {
                        object.learners = $Array(message.learners.length);
                        for (let j = 0; j < message.learners.length; ++j)
                            object.learners[j] = message.learners[j];
                    }
                    return object;
                };

                /**
                 * Converts this ConfState to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.ConfState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfState.prototype.toJSON = function() {
                    return ConfState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfState
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.ConfState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.ConfState";
                };

                return ConfState;
            })();

            v1.SnapshotMetadata = (function() {

                /**
                 * Properties of a SnapshotMetadata.
                 * @typedef {Object} shoal.raft.v1.SnapshotMetadata.$Properties
                 * @property {shoal.raft.v1.ConfState.$Properties|null} [confState] SnapshotMetadata confState
                 * @property {number|null} [index] SnapshotMetadata index
                 * @property {number|null} [term] SnapshotMetadata term
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotMetadata.
                 * @memberof shoal.raft.v1
                 * @interface ISnapshotMetadata
                 * @augments shoal.raft.v1.SnapshotMetadata.$Properties
                 * @deprecated Use shoal.raft.v1.SnapshotMetadata.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotMetadata.
                 * @typedef {shoal.raft.v1.SnapshotMetadata.$Properties} shoal.raft.v1.SnapshotMetadata.$Shape
                 */

                /**
                 * Constructs a new SnapshotMetadata.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents a SnapshotMetadata.
                 * @constructor
                 * @param {shoal.raft.v1.SnapshotMetadata.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotMetadata = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotMetadata confState.
                 * @member {shoal.raft.v1.ConfState.$Properties|null|undefined} confState
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.confState = null;

                /**
                 * SnapshotMetadata index.
                 * @member {number} index
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMetadata term.
                 * @member {number} term
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotMetadata instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {shoal.raft.v1.SnapshotMetadata.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.SnapshotMetadata} SnapshotMetadata instance
                 * @type {{
                 *   (properties: shoal.raft.v1.SnapshotMetadata.$Shape): shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape;
                 *   (properties?: shoal.raft.v1.SnapshotMetadata.$Properties): shoal.raft.v1.SnapshotMetadata;
                 * }}
                 */
                SnapshotMetadata.create = function(properties) {
                    return new SnapshotMetadata(properties);
                };

                /**
                 * Encodes the specified SnapshotMetadata message. Does not implicitly {@link shoal.raft.v1.SnapshotMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {shoal.raft.v1.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMetadata.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                        $root.shoal.raft.v1.ConfState.encode(message.confState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotMetadata message, length delimited. Does not implicitly {@link shoal.raft.v1.SnapshotMetadata.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {shoal.raft.v1.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMetadata.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMetadata.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.SnapshotMetadata();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.confState = $root.shoal.raft.v1.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMetadata.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotMetadata message.
                 * @function verify
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotMetadata.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState")) {
                        let error = $root.shoal.raft.v1.ConfState.verify(message.confState, _depth + 1);
                        if (error)
                            return "confState." + error;
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.SnapshotMetadata} SnapshotMetadata
                 */
                SnapshotMetadata.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.SnapshotMetadata)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.SnapshotMetadata: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.SnapshotMetadata();
                    if (object.confState != null) {
                        if (!$util.isObject(object.confState))
                            throw $TypeError(".shoal.raft.v1.SnapshotMetadata.confState: object expected");
                        message.confState = $root.shoal.raft.v1.ConfState.fromObject(object.confState, _depth + 1);
                    }
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {shoal.raft.v1.SnapshotMetadata} message SnapshotMetadata
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotMetadata.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.confState = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                        object.confState = $root.shoal.raft.v1.ConfState.toObject(message.confState, options, _depth + 1);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    return object;
                };

                /**
                 * Converts this SnapshotMetadata to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotMetadata.prototype.toJSON = function() {
                    return SnapshotMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotMetadata
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.SnapshotMetadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.SnapshotMetadata";
                };

                return SnapshotMetadata;
            })();

            v1.Snapshot = (function() {

                /**
                 * Properties of a Snapshot.
                 * @typedef {Object} shoal.raft.v1.Snapshot.$Properties
                 * @property {shoal.raft.v1.SnapshotMetadata.$Properties|null} [metadata] Snapshot metadata
                 * @property {Uint8Array|null} [data] Snapshot data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Snapshot.
                 * @memberof shoal.raft.v1
                 * @interface ISnapshot
                 * @augments shoal.raft.v1.Snapshot.$Properties
                 * @deprecated Use shoal.raft.v1.Snapshot.$Properties instead.
                 */

                /**
                 * Shape of a Snapshot.
                 * @typedef {shoal.raft.v1.Snapshot.$Properties} shoal.raft.v1.Snapshot.$Shape
                 */

                /**
                 * Constructs a new Snapshot.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents a Snapshot.
                 * @constructor
                 * @param {shoal.raft.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Snapshot = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Snapshot metadata.
                 * @member {shoal.raft.v1.SnapshotMetadata.$Properties|null|undefined} metadata
                 * @memberof shoal.raft.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.metadata = null;

                /**
                 * Snapshot data.
                 * @member {Uint8Array} data
                 * @memberof shoal.raft.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {shoal.raft.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.Snapshot} Snapshot instance
                 * @type {{
                 *   (properties: shoal.raft.v1.Snapshot.$Shape): shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape;
                 *   (properties?: shoal.raft.v1.Snapshot.$Properties): shoal.raft.v1.Snapshot;
                 * }}
                 */
                Snapshot.create = function(properties) {
                    return new Snapshot(properties);
                };

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link shoal.raft.v1.Snapshot.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {shoal.raft.v1.Snapshot.$Properties} message Snapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Snapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.shoal.raft.v1.SnapshotMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link shoal.raft.v1.Snapshot.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {shoal.raft.v1.Snapshot.$Properties} message Snapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Snapshot.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Snapshot.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.Snapshot();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.metadata = $root.shoal.raft.v1.SnapshotMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Snapshot message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Snapshot.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Snapshot message.
                 * @function verify
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Snapshot.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                        let error = $root.shoal.raft.v1.SnapshotMetadata.verify(message.metadata, _depth + 1);
                        if (error)
                            return "metadata." + error;
                    }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.Snapshot} Snapshot
                 */
                Snapshot.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.Snapshot)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.Snapshot: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.Snapshot();
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".shoal.raft.v1.Snapshot.metadata: object expected");
                        message.metadata = $root.shoal.raft.v1.SnapshotMetadata.fromObject(object.metadata, _depth + 1);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {shoal.raft.v1.Snapshot} message Snapshot
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Snapshot.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.metadata = null;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.shoal.raft.v1.SnapshotMetadata.toObject(message.metadata, options, _depth + 1);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this Snapshot to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.Snapshot
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Snapshot.prototype.toJSON = function() {
                    return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Snapshot
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.Snapshot
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Snapshot.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.Snapshot";
                };

                return Snapshot;
            })();

            /**
             * ConfChangeType enum.
             * @name shoal.raft.v1.ConfChangeType
             * @enum {number}
             * @property {number} CONF_CHANGE_TYPE_ADD_NODE=0 CONF_CHANGE_TYPE_ADD_NODE value
             * @property {number} CONF_CHANGE_TYPE_REMOVE_NODE=1 CONF_CHANGE_TYPE_REMOVE_NODE value
             * @property {number} CONF_CHANGE_TYPE_ADD_LEARNER_NODE=2 CONF_CHANGE_TYPE_ADD_LEARNER_NODE value
             */
            v1.ConfChangeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONF_CHANGE_TYPE_ADD_NODE"] = 0;
                values[valuesById[1] = "CONF_CHANGE_TYPE_REMOVE_NODE"] = 1;
                values[valuesById[2] = "CONF_CHANGE_TYPE_ADD_LEARNER_NODE"] = 2;
                return values;
            })();

            v1.ConfChange = (function() {

                /**
                 * Properties of a ConfChange.
                 * @typedef {Object} shoal.raft.v1.ConfChange.$Properties
                 * @property {shoal.raft.v1.ConfChangeType|null} [type] ConfChange type
                 * @property {string|null} [nodeId] ConfChange nodeId
                 * @property {Uint8Array|null} [context] ConfChange context
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfChange.
                 * @memberof shoal.raft.v1
                 * @interface IConfChange
                 * @augments shoal.raft.v1.ConfChange.$Properties
                 * @deprecated Use shoal.raft.v1.ConfChange.$Properties instead.
                 */

                /**
                 * Shape of a ConfChange.
                 * @typedef {shoal.raft.v1.ConfChange.$Properties} shoal.raft.v1.ConfChange.$Shape
                 */

                /**
                 * Constructs a new ConfChange.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents a ConfChange.
                 * @constructor
                 * @param {shoal.raft.v1.ConfChange.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfChange = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfChange type.
                 * @member {shoal.raft.v1.ConfChangeType} type
                 * @memberof shoal.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.type = 0;

                /**
                 * ConfChange nodeId.
                 * @member {string} nodeId
                 * @memberof shoal.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.nodeId = "";

                /**
                 * ConfChange context.
                 * @member {Uint8Array} context
                 * @memberof shoal.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.context = $util.newBuffer([]);

                /**
                 * Creates a new ConfChange instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {shoal.raft.v1.ConfChange.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.ConfChange} ConfChange instance
                 * @type {{
                 *   (properties: shoal.raft.v1.ConfChange.$Shape): shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape;
                 *   (properties?: shoal.raft.v1.ConfChange.$Properties): shoal.raft.v1.ConfChange;
                 * }}
                 */
                ConfChange.create = function(properties) {
                    return new ConfChange(properties);
                };

                /**
                 * Encodes the specified ConfChange message. Does not implicitly {@link shoal.raft.v1.ConfChange.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {shoal.raft.v1.ConfChange.$Properties} message ConfChange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChange.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nodeId);
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.context);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link shoal.raft.v1.ConfChange.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {shoal.raft.v1.ConfChange.$Properties} message ConfChange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChange.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConfChange message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChange.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.ConfChange();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nodeId = value;
                                else
                                    delete message.nodeId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.context = value;
                                else
                                    delete message.context;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ConfChange message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChange.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConfChange message.
                 * @function verify
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConfChange.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        if (!$util.isString(message.nodeId))
                            return "nodeId: string expected";
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        if (!(message.context && typeof message.context.length === "number" || $util.isString(message.context)))
                            return "context: buffer expected";
                    return null;
                };

                /**
                 * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.ConfChange} ConfChange
                 */
                ConfChange.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.ConfChange)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.ConfChange: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.ConfChange();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.shoal.raft.v1.ConfChangeType[object.type] !== 0))
                        switch (object.type) {
                        case "CONF_CHANGE_TYPE_ADD_NODE":
                        case 0:
                            message.type = 0;
                            break;
                        case "CONF_CHANGE_TYPE_REMOVE_NODE":
                        case 1:
                            message.type = 1;
                            break;
                        case "CONF_CHANGE_TYPE_ADD_LEARNER_NODE":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.nodeId != null)
                        if (typeof object.nodeId !== "string" || object.nodeId.length)
                            message.nodeId = $String(object.nodeId);
                    if (object.context != null)
                        if (object.context.length)
                            if (typeof object.context === "string")
                                $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                            else if (object.context.length >= 0)
                                message.context = object.context;
                    return message;
                };

                /**
                 * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {shoal.raft.v1.ConfChange} message ConfChange
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfChange.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "CONF_CHANGE_TYPE_ADD_NODE" : 0;
                        object.nodeId = "";
                        if (options.bytes === $String)
                            object.context = "";
                        else {
                            object.context = [];
                            if (options.bytes !== $Array)
                                object.context = $util.newBuffer(object.context);
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.shoal.raft.v1.ConfChangeType[message.type] === $undefined ? message.type : $root.shoal.raft.v1.ConfChangeType[message.type] : message.type;
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        object.nodeId = message.nodeId;
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                    return object;
                };

                /**
                 * Converts this ConfChange to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.ConfChange
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfChange.prototype.toJSON = function() {
                    return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfChange
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.ConfChange
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfChange.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.ConfChange";
                };

                return ConfChange;
            })();

            /**
             * MessageType enum.
             * @name shoal.raft.v1.MessageType
             * @enum {number}
             * @property {number} MESSAGE_TYPE_HUP=0 MESSAGE_TYPE_HUP value
             * @property {number} MESSAGE_TYPE_BEAT=1 MESSAGE_TYPE_BEAT value
             * @property {number} MESSAGE_TYPE_PROP=2 MESSAGE_TYPE_PROP value
             * @property {number} MESSAGE_TYPE_APP=3 MESSAGE_TYPE_APP value
             * @property {number} MESSAGE_TYPE_APP_RESP=4 MESSAGE_TYPE_APP_RESP value
             * @property {number} MESSAGE_TYPE_VOTE=5 MESSAGE_TYPE_VOTE value
             * @property {number} MESSAGE_TYPE_VOTE_RESP=6 MESSAGE_TYPE_VOTE_RESP value
             * @property {number} MESSAGE_TYPE_SNAP=7 MESSAGE_TYPE_SNAP value
             * @property {number} MESSAGE_TYPE_HEARTBEAT=8 MESSAGE_TYPE_HEARTBEAT value
             * @property {number} MESSAGE_TYPE_HEARTBEAT_RESP=9 MESSAGE_TYPE_HEARTBEAT_RESP value
             * @property {number} MESSAGE_TYPE_UNREACHABLE=10 MESSAGE_TYPE_UNREACHABLE value
             * @property {number} MESSAGE_TYPE_SNAP_STATUS=11 MESSAGE_TYPE_SNAP_STATUS value
             * @property {number} MESSAGE_TYPE_CHECK_QUORUM=12 MESSAGE_TYPE_CHECK_QUORUM value
             * @property {number} MESSAGE_TYPE_TRANSFER_LEADER=13 MESSAGE_TYPE_TRANSFER_LEADER value
             * @property {number} MESSAGE_TYPE_TIMEOUT_NOW=14 MESSAGE_TYPE_TIMEOUT_NOW value
             * @property {number} MESSAGE_TYPE_READ_INDEX=15 MESSAGE_TYPE_READ_INDEX value
             * @property {number} MESSAGE_TYPE_READ_INDEX_RESP=16 MESSAGE_TYPE_READ_INDEX_RESP value
             * @property {number} MESSAGE_TYPE_PRE_VOTE=17 MESSAGE_TYPE_PRE_VOTE value
             * @property {number} MESSAGE_TYPE_PRE_VOTE_RESP=18 MESSAGE_TYPE_PRE_VOTE_RESP value
             */
            v1.MessageType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MESSAGE_TYPE_HUP"] = 0;
                values[valuesById[1] = "MESSAGE_TYPE_BEAT"] = 1;
                values[valuesById[2] = "MESSAGE_TYPE_PROP"] = 2;
                values[valuesById[3] = "MESSAGE_TYPE_APP"] = 3;
                values[valuesById[4] = "MESSAGE_TYPE_APP_RESP"] = 4;
                values[valuesById[5] = "MESSAGE_TYPE_VOTE"] = 5;
                values[valuesById[6] = "MESSAGE_TYPE_VOTE_RESP"] = 6;
                values[valuesById[7] = "MESSAGE_TYPE_SNAP"] = 7;
                values[valuesById[8] = "MESSAGE_TYPE_HEARTBEAT"] = 8;
                values[valuesById[9] = "MESSAGE_TYPE_HEARTBEAT_RESP"] = 9;
                values[valuesById[10] = "MESSAGE_TYPE_UNREACHABLE"] = 10;
                values[valuesById[11] = "MESSAGE_TYPE_SNAP_STATUS"] = 11;
                values[valuesById[12] = "MESSAGE_TYPE_CHECK_QUORUM"] = 12;
                values[valuesById[13] = "MESSAGE_TYPE_TRANSFER_LEADER"] = 13;
                values[valuesById[14] = "MESSAGE_TYPE_TIMEOUT_NOW"] = 14;
                values[valuesById[15] = "MESSAGE_TYPE_READ_INDEX"] = 15;
                values[valuesById[16] = "MESSAGE_TYPE_READ_INDEX_RESP"] = 16;
                values[valuesById[17] = "MESSAGE_TYPE_PRE_VOTE"] = 17;
                values[valuesById[18] = "MESSAGE_TYPE_PRE_VOTE_RESP"] = 18;
                return values;
            })();

            v1.Message = (function() {

                /**
                 * Properties of a Message.
                 * @typedef {Object} shoal.raft.v1.Message.$Properties
                 * @property {shoal.raft.v1.MessageType|null} [type] Message type
                 * @property {string|null} [to] Message to
                 * @property {string|null} [from] Message from
                 * @property {number|null} [term] Message term
                 * @property {number|null} [logTerm] Message logTerm
                 * @property {number|null} [index] Message index
                 * @property {Array.<shoal.raft.v1.Entry.$Properties>|null} [entries] Message entries
                 * @property {number|null} [commit] Message commit
                 * @property {shoal.raft.v1.Snapshot.$Properties|null} [snapshot] Message snapshot
                 * @property {boolean|null} [reject] Message reject
                 * @property {number|null} [rejectHint] Message rejectHint
                 * @property {Uint8Array|null} [context] Message context
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Message.
                 * @memberof shoal.raft.v1
                 * @interface IMessage
                 * @augments shoal.raft.v1.Message.$Properties
                 * @deprecated Use shoal.raft.v1.Message.$Properties instead.
                 */

                /**
                 * Shape of a Message.
                 * @typedef {shoal.raft.v1.Message.$Properties} shoal.raft.v1.Message.$Shape
                 */

                /**
                 * Constructs a new Message.
                 * @memberof shoal.raft.v1
                 * @classdesc Represents a Message.
                 * @constructor
                 * @param {shoal.raft.v1.Message.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Message = function (properties) {
                    this.entries = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Message type.
                 * @member {shoal.raft.v1.MessageType} type
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.type = 0;

                /**
                 * Message to.
                 * @member {string} to
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.to = "";

                /**
                 * Message from.
                 * @member {string} from
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.from = "";

                /**
                 * Message term.
                 * @member {number} term
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message logTerm.
                 * @member {number} logTerm
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message index.
                 * @member {number} index
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message entries.
                 * @member {Array.<shoal.raft.v1.Entry.$Properties>} entries
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.entries = $util.emptyArray;

                /**
                 * Message commit.
                 * @member {number} commit
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message snapshot.
                 * @member {shoal.raft.v1.Snapshot.$Properties|null|undefined} snapshot
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.snapshot = null;

                /**
                 * Message reject.
                 * @member {boolean} reject
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.reject = false;

                /**
                 * Message rejectHint.
                 * @member {number} rejectHint
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message context.
                 * @member {Uint8Array} context
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 */
                Message.prototype.context = $util.newBuffer([]);

                /**
                 * Creates a new Message instance using the specified properties.
                 * @function create
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {shoal.raft.v1.Message.$Properties=} [properties] Properties to set
                 * @returns {shoal.raft.v1.Message} Message instance
                 * @type {{
                 *   (properties: shoal.raft.v1.Message.$Shape): shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape;
                 *   (properties?: shoal.raft.v1.Message.$Properties): shoal.raft.v1.Message;
                 * }}
                 */
                Message.create = function(properties) {
                    return new Message(properties);
                };

                /**
                 * Encodes the specified Message message. Does not implicitly {@link shoal.raft.v1.Message.verify|verify} messages.
                 * @function encode
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {shoal.raft.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.shoal.raft.v1.Entry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.shoal.raft.v1.Snapshot.encode(message.snapshot, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.reject);
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.rejectHint);
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                        writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.context);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link shoal.raft.v1.Message.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {shoal.raft.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @function decode
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.shoal.raft.v1.Message();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.logTerm = value;
                                else
                                    delete message.logTerm;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.shoal.raft.v1.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.commit = value;
                                else
                                    delete message.commit;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.shoal.raft.v1.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.reject = value;
                                else
                                    delete message.reject;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = $longToNumber(reader.uint64())) === "object" ? value.low || value.high : value !== 0)
                                    message.rejectHint = value;
                                else
                                    delete message.rejectHint;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.context = value;
                                else
                                    delete message.context;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Message message.
                 * @function verify
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Message.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (!$util.isString(message.to))
                            return "to: string expected";
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (!$util.isString(message.from))
                            return "from: string expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                        if (!$util.isInteger(message.logTerm) && !(message.logTerm && $util.isInteger(message.logTerm.low) && $util.isInteger(message.logTerm.high)))
                            return "logTerm: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                        if (!$Array.isArray(message.entries))
                            return "entries: array expected";
                        for (let i = 0; i < message.entries.length; ++i) {
                            let error = $root.shoal.raft.v1.Entry.verify(message.entries[i], _depth + 1);
                            if (error)
                                return "entries." + error;
                        }
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                            return "commit: integer|Long expected";
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                        let error = $root.shoal.raft.v1.Snapshot.verify(message.snapshot, _depth + 1);
                        if (error)
                            return "snapshot." + error;
                    }
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                        if (typeof message.reject !== "boolean")
                            return "reject: boolean expected";
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                        if (!$util.isInteger(message.rejectHint) && !(message.rejectHint && $util.isInteger(message.rejectHint.low) && $util.isInteger(message.rejectHint.high)))
                            return "rejectHint: integer|Long expected";
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        if (!(message.context && typeof message.context.length === "number" || $util.isString(message.context)))
                            return "context: buffer expected";
                    return null;
                };

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shoal.raft.v1.Message} Message
                 */
                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.shoal.raft.v1.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".shoal.raft.v1.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.shoal.raft.v1.Message();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.shoal.raft.v1.MessageType[object.type] !== 0))
                        switch (object.type) {
                        case "MESSAGE_TYPE_HUP":
                        case 0:
                            message.type = 0;
                            break;
                        case "MESSAGE_TYPE_BEAT":
                        case 1:
                            message.type = 1;
                            break;
                        case "MESSAGE_TYPE_PROP":
                        case 2:
                            message.type = 2;
                            break;
                        case "MESSAGE_TYPE_APP":
                        case 3:
                            message.type = 3;
                            break;
                        case "MESSAGE_TYPE_APP_RESP":
                        case 4:
                            message.type = 4;
                            break;
                        case "MESSAGE_TYPE_VOTE":
                        case 5:
                            message.type = 5;
                            break;
                        case "MESSAGE_TYPE_VOTE_RESP":
                        case 6:
                            message.type = 6;
                            break;
                        case "MESSAGE_TYPE_SNAP":
                        case 7:
                            message.type = 7;
                            break;
                        case "MESSAGE_TYPE_HEARTBEAT":
                        case 8:
                            message.type = 8;
                            break;
                        case "MESSAGE_TYPE_HEARTBEAT_RESP":
                        case 9:
                            message.type = 9;
                            break;
                        case "MESSAGE_TYPE_UNREACHABLE":
                        case 10:
                            message.type = 10;
                            break;
                        case "MESSAGE_TYPE_SNAP_STATUS":
                        case 11:
                            message.type = 11;
                            break;
                        case "MESSAGE_TYPE_CHECK_QUORUM":
                        case 12:
                            message.type = 12;
                            break;
                        case "MESSAGE_TYPE_TRANSFER_LEADER":
                        case 13:
                            message.type = 13;
                            break;
                        case "MESSAGE_TYPE_TIMEOUT_NOW":
                        case 14:
                            message.type = 14;
                            break;
                        case "MESSAGE_TYPE_READ_INDEX":
                        case 15:
                            message.type = 15;
                            break;
                        case "MESSAGE_TYPE_READ_INDEX_RESP":
                        case 16:
                            message.type = 16;
                            break;
                        case "MESSAGE_TYPE_PRE_VOTE":
                        case 17:
                            message.type = 17;
                            break;
                        case "MESSAGE_TYPE_PRE_VOTE_RESP":
                        case 18:
                            message.type = 18;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.to != null)
                        if (typeof object.to !== "string" || object.to.length)
                            message.to = $String(object.to);
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.logTerm != null)
                        if (typeof object.logTerm === "object" ? object.logTerm.low || object.logTerm.high : $Number(object.logTerm) !== 0)
                            if ($util.Long)
                                message.logTerm = $util.Long.fromValue(object.logTerm, true);
                            else if (typeof object.logTerm === "string")
                                message.logTerm = $parseInt(object.logTerm, 10);
                            else if (typeof object.logTerm === "number")
                                message.logTerm = object.logTerm;
                            else if (typeof object.logTerm === "object")
                                message.logTerm = new $util.LongBits(object.logTerm.low >>> 0, object.logTerm.high >>> 0).toNumber(true);
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".shoal.raft.v1.Message.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".shoal.raft.v1.Message.entries: object expected");
                            message.entries[i] = $root.shoal.raft.v1.Entry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    if (object.commit != null)
                        if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                            if ($util.Long)
                                message.commit = $util.Long.fromValue(object.commit, true);
                            else if (typeof object.commit === "string")
                                message.commit = $parseInt(object.commit, 10);
                            else if (typeof object.commit === "number")
                                message.commit = object.commit;
                            else if (typeof object.commit === "object")
                                message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                    if (object.snapshot != null) {
                        if (!$util.isObject(object.snapshot))
                            throw $TypeError(".shoal.raft.v1.Message.snapshot: object expected");
                        message.snapshot = $root.shoal.raft.v1.Snapshot.fromObject(object.snapshot, _depth + 1);
                    }
                    if (object.reject != null)
                        if (object.reject)
                            message.reject = $Boolean(object.reject);
                    if (object.rejectHint != null)
                        if (typeof object.rejectHint === "object" ? object.rejectHint.low || object.rejectHint.high : $Number(object.rejectHint) !== 0)
                            if ($util.Long)
                                message.rejectHint = $util.Long.fromValue(object.rejectHint, true);
                            else if (typeof object.rejectHint === "string")
                                message.rejectHint = $parseInt(object.rejectHint, 10);
                            else if (typeof object.rejectHint === "number")
                                message.rejectHint = object.rejectHint;
                            else if (typeof object.rejectHint === "object")
                                message.rejectHint = new $util.LongBits(object.rejectHint.low >>> 0, object.rejectHint.high >>> 0).toNumber(true);
                    if (object.context != null)
                        if (object.context.length)
                            if (typeof object.context === "string")
                                $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                            else if (object.context.length >= 0)
                                message.context = object.context;
                    return message;
                };

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {shoal.raft.v1.Message} message Message
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.entries = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "MESSAGE_TYPE_HUP" : 0;
                        object.to = "";
                        object.from = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.logTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.logTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.snapshot = null;
                        object.reject = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rejectHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rejectHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.context = "";
                        else {
                            object.context = [];
                            if (options.bytes !== $Array)
                                object.context = $util.newBuffer(object.context);
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.shoal.raft.v1.MessageType[message.type] === $undefined ? message.type : $root.shoal.raft.v1.MessageType[message.type] : message.type;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = message.to;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.logTerm = typeof message.logTerm === "number" ? $BigInt(message.logTerm) : $util.Long.fromBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0, true).toBigInt();
                        else if (typeof message.logTerm === "number")
                            object.logTerm = options.longs === $String ? $String(message.logTerm) : message.logTerm;
                        else
                            object.logTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.logTerm) : options.longs === $Number ? new $util.LongBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0).toNumber(true) : message.logTerm;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.shoal.raft.v1.Entry.toObject(message.entries[j], options, _depth + 1);
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                        else if (typeof message.commit === "number")
                            object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                        else
                            object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        object.snapshot = $root.shoal.raft.v1.Snapshot.toObject(message.snapshot, options, _depth + 1);
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                        object.reject = message.reject;
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rejectHint = typeof message.rejectHint === "number" ? $BigInt(message.rejectHint) : $util.Long.fromBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0, true).toBigInt();
                        else if (typeof message.rejectHint === "number")
                            object.rejectHint = options.longs === $String ? $String(message.rejectHint) : message.rejectHint;
                        else
                            object.rejectHint = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectHint) : options.longs === $Number ? new $util.LongBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0).toNumber(true) : message.rejectHint;
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                    return object;
                };

                /**
                 * Converts this Message to JSON.
                 * @function toJSON
                 * @memberof shoal.raft.v1.Message
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Message
                 * @function getTypeUrl
                 * @memberof shoal.raft.v1.Message
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/shoal.raft.v1.Message";
                };

                return Message;
            })();

            return v1;
        })();

        return raft;
    })();

    return shoal;
})();

export {
  $root as default
};
