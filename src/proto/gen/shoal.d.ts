import * as $protobuf from "protobufjs";

/** Namespace shoal. */
export namespace shoal {

    /** Namespace admin. */
    namespace admin {

        /** Namespace v1. */
        namespace v1 {

            /** Represents an AdminService */
            class AdminService extends $protobuf.rpc.Service {

                /**
                 * Constructs a new AdminService service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new AdminService service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AdminService;

                /** Calls GetStatus. */
                getStatus: shoal.admin.v1.AdminService.GetStatus;

                /** Calls ListMembers. */
                listMembers: shoal.admin.v1.AdminService.ListMembers;

                /** Calls AddMember. */
                addMember: shoal.admin.v1.AdminService.AddMember;

                /** Calls RemoveMember. */
                removeMember: shoal.admin.v1.AdminService.RemoveMember;

                /** Calls TransferLeader. */
                transferLeader: shoal.admin.v1.AdminService.TransferLeader;

                /** Calls ProposeNoop. */
                proposeNoop: shoal.admin.v1.AdminService.ProposeNoop;

                /** Calls CreateVolume. */
                createVolume: shoal.admin.v1.AdminService.CreateVolume;

                /** Calls DeleteVolume. */
                deleteVolume: shoal.admin.v1.AdminService.DeleteVolume;

                /** Calls ListVolumes. */
                listVolumes: shoal.admin.v1.AdminService.ListVolumes;

                /** Calls GetRoutingTable. */
                getRoutingTable: shoal.admin.v1.AdminService.GetRoutingTable;

                /** Calls ListConnections. */
                listConnections: shoal.admin.v1.AdminService.ListConnections;

                /** Calls MoveConnection. */
                moveConnection: shoal.admin.v1.AdminService.MoveConnection;

                /** Calls GetLoad. */
                getLoad: shoal.admin.v1.AdminService.GetLoad;

                /** Calls GetBalancerConfig. */
                getBalancerConfig: shoal.admin.v1.AdminService.GetBalancerConfig;

                /** Calls SetBalancerConfig. */
                setBalancerConfig: shoal.admin.v1.AdminService.SetBalancerConfig;

                /** Calls ListDecisions. */
                listDecisions: shoal.admin.v1.AdminService.ListDecisions;

                /** Calls GetStateDigest. */
                getStateDigest: shoal.admin.v1.AdminService.GetStateDigest;
            }

            namespace AdminService {

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#getStatus}.
                 * @param error Error, if any
                 * @param [response] GetStatusResponse
                 */
                type GetStatusCallback = (error: (Error|null), response?: shoal.admin.v1.GetStatusResponse) => void;

                /** Calls GetStatus. */
                type GetStatus = {
                  (request: shoal.admin.v1.IGetStatusRequest, callback: shoal.admin.v1.AdminService.GetStatusCallback): void;
                  (request: shoal.admin.v1.IGetStatusRequest): Promise<shoal.admin.v1.GetStatusResponse>;
                  readonly name: "GetStatus";
                  readonly path: "/shoal.admin.v1.AdminService/GetStatus";
                  readonly requestType: "GetStatusRequest";
                  readonly responseType: "GetStatusResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#listMembers}.
                 * @param error Error, if any
                 * @param [response] ListMembersResponse
                 */
                type ListMembersCallback = (error: (Error|null), response?: shoal.admin.v1.ListMembersResponse) => void;

                /** Calls ListMembers. */
                type ListMembers = {
                  (request: shoal.admin.v1.IListMembersRequest, callback: shoal.admin.v1.AdminService.ListMembersCallback): void;
                  (request: shoal.admin.v1.IListMembersRequest): Promise<shoal.admin.v1.ListMembersResponse>;
                  readonly name: "ListMembers";
                  readonly path: "/shoal.admin.v1.AdminService/ListMembers";
                  readonly requestType: "ListMembersRequest";
                  readonly responseType: "ListMembersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#addMember}.
                 * @param error Error, if any
                 * @param [response] AddMemberResponse
                 */
                type AddMemberCallback = (error: (Error|null), response?: shoal.admin.v1.AddMemberResponse) => void;

                /** Calls AddMember. */
                type AddMember = {
                  (request: shoal.admin.v1.IAddMemberRequest, callback: shoal.admin.v1.AdminService.AddMemberCallback): void;
                  (request: shoal.admin.v1.IAddMemberRequest): Promise<shoal.admin.v1.AddMemberResponse>;
                  readonly name: "AddMember";
                  readonly path: "/shoal.admin.v1.AdminService/AddMember";
                  readonly requestType: "AddMemberRequest";
                  readonly responseType: "AddMemberResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#removeMember}.
                 * @param error Error, if any
                 * @param [response] RemoveMemberResponse
                 */
                type RemoveMemberCallback = (error: (Error|null), response?: shoal.admin.v1.RemoveMemberResponse) => void;

                /** Calls RemoveMember. */
                type RemoveMember = {
                  (request: shoal.admin.v1.IRemoveMemberRequest, callback: shoal.admin.v1.AdminService.RemoveMemberCallback): void;
                  (request: shoal.admin.v1.IRemoveMemberRequest): Promise<shoal.admin.v1.RemoveMemberResponse>;
                  readonly name: "RemoveMember";
                  readonly path: "/shoal.admin.v1.AdminService/RemoveMember";
                  readonly requestType: "RemoveMemberRequest";
                  readonly responseType: "RemoveMemberResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#transferLeader}.
                 * @param error Error, if any
                 * @param [response] TransferLeaderResponse
                 */
                type TransferLeaderCallback = (error: (Error|null), response?: shoal.admin.v1.TransferLeaderResponse) => void;

                /** Calls TransferLeader. */
                type TransferLeader = {
                  (request: shoal.admin.v1.ITransferLeaderRequest, callback: shoal.admin.v1.AdminService.TransferLeaderCallback): void;
                  (request: shoal.admin.v1.ITransferLeaderRequest): Promise<shoal.admin.v1.TransferLeaderResponse>;
                  readonly name: "TransferLeader";
                  readonly path: "/shoal.admin.v1.AdminService/TransferLeader";
                  readonly requestType: "TransferLeaderRequest";
                  readonly responseType: "TransferLeaderResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#proposeNoop}.
                 * @param error Error, if any
                 * @param [response] ProposeNoopResponse
                 */
                type ProposeNoopCallback = (error: (Error|null), response?: shoal.admin.v1.ProposeNoopResponse) => void;

                /** Calls ProposeNoop. */
                type ProposeNoop = {
                  (request: shoal.admin.v1.IProposeNoopRequest, callback: shoal.admin.v1.AdminService.ProposeNoopCallback): void;
                  (request: shoal.admin.v1.IProposeNoopRequest): Promise<shoal.admin.v1.ProposeNoopResponse>;
                  readonly name: "ProposeNoop";
                  readonly path: "/shoal.admin.v1.AdminService/ProposeNoop";
                  readonly requestType: "ProposeNoopRequest";
                  readonly responseType: "ProposeNoopResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#createVolume}.
                 * @param error Error, if any
                 * @param [response] CreateVolumeResponse
                 */
                type CreateVolumeCallback = (error: (Error|null), response?: shoal.admin.v1.CreateVolumeResponse) => void;

                /** Calls CreateVolume. */
                type CreateVolume = {
                  (request: shoal.admin.v1.ICreateVolumeRequest, callback: shoal.admin.v1.AdminService.CreateVolumeCallback): void;
                  (request: shoal.admin.v1.ICreateVolumeRequest): Promise<shoal.admin.v1.CreateVolumeResponse>;
                  readonly name: "CreateVolume";
                  readonly path: "/shoal.admin.v1.AdminService/CreateVolume";
                  readonly requestType: "CreateVolumeRequest";
                  readonly responseType: "CreateVolumeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#deleteVolume}.
                 * @param error Error, if any
                 * @param [response] DeleteVolumeResponse
                 */
                type DeleteVolumeCallback = (error: (Error|null), response?: shoal.admin.v1.DeleteVolumeResponse) => void;

                /** Calls DeleteVolume. */
                type DeleteVolume = {
                  (request: shoal.admin.v1.IDeleteVolumeRequest, callback: shoal.admin.v1.AdminService.DeleteVolumeCallback): void;
                  (request: shoal.admin.v1.IDeleteVolumeRequest): Promise<shoal.admin.v1.DeleteVolumeResponse>;
                  readonly name: "DeleteVolume";
                  readonly path: "/shoal.admin.v1.AdminService/DeleteVolume";
                  readonly requestType: "DeleteVolumeRequest";
                  readonly responseType: "DeleteVolumeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#listVolumes}.
                 * @param error Error, if any
                 * @param [response] ListVolumesResponse
                 */
                type ListVolumesCallback = (error: (Error|null), response?: shoal.admin.v1.ListVolumesResponse) => void;

                /** Calls ListVolumes. */
                type ListVolumes = {
                  (request: shoal.admin.v1.IListVolumesRequest, callback: shoal.admin.v1.AdminService.ListVolumesCallback): void;
                  (request: shoal.admin.v1.IListVolumesRequest): Promise<shoal.admin.v1.ListVolumesResponse>;
                  readonly name: "ListVolumes";
                  readonly path: "/shoal.admin.v1.AdminService/ListVolumes";
                  readonly requestType: "ListVolumesRequest";
                  readonly responseType: "ListVolumesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#getRoutingTable}.
                 * @param error Error, if any
                 * @param [response] GetRoutingTableResponse
                 */
                type GetRoutingTableCallback = (error: (Error|null), response?: shoal.admin.v1.GetRoutingTableResponse) => void;

                /** Calls GetRoutingTable. */
                type GetRoutingTable = {
                  (request: shoal.admin.v1.IGetRoutingTableRequest, callback: shoal.admin.v1.AdminService.GetRoutingTableCallback): void;
                  (request: shoal.admin.v1.IGetRoutingTableRequest): Promise<shoal.admin.v1.GetRoutingTableResponse>;
                  readonly name: "GetRoutingTable";
                  readonly path: "/shoal.admin.v1.AdminService/GetRoutingTable";
                  readonly requestType: "GetRoutingTableRequest";
                  readonly responseType: "GetRoutingTableResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#listConnections}.
                 * @param error Error, if any
                 * @param [response] ListConnectionsResponse
                 */
                type ListConnectionsCallback = (error: (Error|null), response?: shoal.admin.v1.ListConnectionsResponse) => void;

                /** Calls ListConnections. */
                type ListConnections = {
                  (request: shoal.admin.v1.IListConnectionsRequest, callback: shoal.admin.v1.AdminService.ListConnectionsCallback): void;
                  (request: shoal.admin.v1.IListConnectionsRequest): Promise<shoal.admin.v1.ListConnectionsResponse>;
                  readonly name: "ListConnections";
                  readonly path: "/shoal.admin.v1.AdminService/ListConnections";
                  readonly requestType: "ListConnectionsRequest";
                  readonly responseType: "ListConnectionsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#moveConnection}.
                 * @param error Error, if any
                 * @param [response] MoveConnectionResponse
                 */
                type MoveConnectionCallback = (error: (Error|null), response?: shoal.admin.v1.MoveConnectionResponse) => void;

                /** Calls MoveConnection. */
                type MoveConnection = {
                  (request: shoal.admin.v1.IMoveConnectionRequest, callback: shoal.admin.v1.AdminService.MoveConnectionCallback): void;
                  (request: shoal.admin.v1.IMoveConnectionRequest): Promise<shoal.admin.v1.MoveConnectionResponse>;
                  readonly name: "MoveConnection";
                  readonly path: "/shoal.admin.v1.AdminService/MoveConnection";
                  readonly requestType: "MoveConnectionRequest";
                  readonly responseType: "MoveConnectionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#getLoad}.
                 * @param error Error, if any
                 * @param [response] GetLoadResponse
                 */
                type GetLoadCallback = (error: (Error|null), response?: shoal.admin.v1.GetLoadResponse) => void;

                /** Calls GetLoad. */
                type GetLoad = {
                  (request: shoal.admin.v1.IGetLoadRequest, callback: shoal.admin.v1.AdminService.GetLoadCallback): void;
                  (request: shoal.admin.v1.IGetLoadRequest): Promise<shoal.admin.v1.GetLoadResponse>;
                  readonly name: "GetLoad";
                  readonly path: "/shoal.admin.v1.AdminService/GetLoad";
                  readonly requestType: "GetLoadRequest";
                  readonly responseType: "GetLoadResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#getBalancerConfig}.
                 * @param error Error, if any
                 * @param [response] GetBalancerConfigResponse
                 */
                type GetBalancerConfigCallback = (error: (Error|null), response?: shoal.admin.v1.GetBalancerConfigResponse) => void;

                /** Calls GetBalancerConfig. */
                type GetBalancerConfig = {
                  (request: shoal.admin.v1.IGetBalancerConfigRequest, callback: shoal.admin.v1.AdminService.GetBalancerConfigCallback): void;
                  (request: shoal.admin.v1.IGetBalancerConfigRequest): Promise<shoal.admin.v1.GetBalancerConfigResponse>;
                  readonly name: "GetBalancerConfig";
                  readonly path: "/shoal.admin.v1.AdminService/GetBalancerConfig";
                  readonly requestType: "GetBalancerConfigRequest";
                  readonly responseType: "GetBalancerConfigResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#setBalancerConfig}.
                 * @param error Error, if any
                 * @param [response] SetBalancerConfigResponse
                 */
                type SetBalancerConfigCallback = (error: (Error|null), response?: shoal.admin.v1.SetBalancerConfigResponse) => void;

                /** Calls SetBalancerConfig. */
                type SetBalancerConfig = {
                  (request: shoal.admin.v1.ISetBalancerConfigRequest, callback: shoal.admin.v1.AdminService.SetBalancerConfigCallback): void;
                  (request: shoal.admin.v1.ISetBalancerConfigRequest): Promise<shoal.admin.v1.SetBalancerConfigResponse>;
                  readonly name: "SetBalancerConfig";
                  readonly path: "/shoal.admin.v1.AdminService/SetBalancerConfig";
                  readonly requestType: "SetBalancerConfigRequest";
                  readonly responseType: "SetBalancerConfigResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#listDecisions}.
                 * @param error Error, if any
                 * @param [response] ListDecisionsResponse
                 */
                type ListDecisionsCallback = (error: (Error|null), response?: shoal.admin.v1.ListDecisionsResponse) => void;

                /** Calls ListDecisions. */
                type ListDecisions = {
                  (request: shoal.admin.v1.IListDecisionsRequest, callback: shoal.admin.v1.AdminService.ListDecisionsCallback): void;
                  (request: shoal.admin.v1.IListDecisionsRequest): Promise<shoal.admin.v1.ListDecisionsResponse>;
                  readonly name: "ListDecisions";
                  readonly path: "/shoal.admin.v1.AdminService/ListDecisions";
                  readonly requestType: "ListDecisionsRequest";
                  readonly responseType: "ListDecisionsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link shoal.admin.v1.AdminService#getStateDigest}.
                 * @param error Error, if any
                 * @param [response] GetStateDigestResponse
                 */
                type GetStateDigestCallback = (error: (Error|null), response?: shoal.admin.v1.GetStateDigestResponse) => void;

                /** Calls GetStateDigest. */
                type GetStateDigest = {
                  (request: shoal.admin.v1.IGetStateDigestRequest, callback: shoal.admin.v1.AdminService.GetStateDigestCallback): void;
                  (request: shoal.admin.v1.IGetStateDigestRequest): Promise<shoal.admin.v1.GetStateDigestResponse>;
                  readonly name: "GetStateDigest";
                  readonly path: "/shoal.admin.v1.AdminService/GetStateDigest";
                  readonly requestType: "GetStateDigestRequest";
                  readonly responseType: "GetStateDigestResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /** Role enum. */
            enum Role {

                /** ROLE_UNSPECIFIED value */
                ROLE_UNSPECIFIED = 0,

                /** ROLE_FOLLOWER value */
                ROLE_FOLLOWER = 1,

                /** ROLE_CANDIDATE value */
                ROLE_CANDIDATE = 2,

                /** ROLE_LEADER value */
                ROLE_LEADER = 3,

                /** ROLE_PRE_CANDIDATE value */
                ROLE_PRE_CANDIDATE = 4
            }

            /**
             * Properties of a Member.
             * @deprecated Use shoal.admin.v1.Member.$Properties instead.
             */
            interface IMember extends shoal.admin.v1.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member id. */
                id: string;

                /** Member clientUrl. */
                clientUrl: string;

                /** Member peerAddress. */
                peerAddress: string;

                /** Member voter. */
                voter: boolean;

                /** Member reachable. */
                reachable: boolean;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: shoal.admin.v1.Member.$Shape): shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape;
                static create(properties?: shoal.admin.v1.Member.$Properties): shoal.admin.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link shoal.admin.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link shoal.admin.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape;

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.Member & shoal.admin.v1.Member.$Shape;

                /**
                 * Verifies a Member message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Member
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param message Member
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member id */
                    id?: (string|null);

                    /** Member clientUrl */
                    clientUrl?: (string|null);

                    /** Member peerAddress */
                    peerAddress?: (string|null);

                    /** Member voter */
                    voter?: (boolean|null);

                    /** Member reachable */
                    reachable?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = shoal.admin.v1.Member.$Properties;
            }

            /**
             * Properties of a GetStatusRequest.
             * @deprecated Use shoal.admin.v1.GetStatusRequest.$Properties instead.
             */
            interface IGetStatusRequest extends shoal.admin.v1.GetStatusRequest.$Properties {
            }

            /** Represents a GetStatusRequest. */
            class GetStatusRequest {

                /**
                 * Constructs a new GetStatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetStatusRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetStatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetStatusRequest instance
                 */
                static create(properties: shoal.admin.v1.GetStatusRequest.$Shape): shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape;
                static create(properties?: shoal.admin.v1.GetStatusRequest.$Properties): shoal.admin.v1.GetStatusRequest;

                /**
                 * Encodes the specified GetStatusRequest message. Does not implicitly {@link shoal.admin.v1.GetStatusRequest.verify|verify} messages.
                 * @param message GetStatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetStatusRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.GetStatusRequest.verify|verify} messages.
                 * @param message GetStatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetStatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape} GetStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape;

                /**
                 * Decodes a GetStatusRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape} GetStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetStatusRequest & shoal.admin.v1.GetStatusRequest.$Shape;

                /**
                 * Verifies a GetStatusRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetStatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetStatusRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetStatusRequest;

                /**
                 * Creates a plain object from a GetStatusRequest message. Also converts values to other types if specified.
                 * @param message GetStatusRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetStatusRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetStatusRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetStatusRequest {

                /** Properties of a GetStatusRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetStatusRequest. */
                type $Shape = shoal.admin.v1.GetStatusRequest.$Properties;
            }

            /**
             * Properties of a GetStatusResponse.
             * @deprecated Use shoal.admin.v1.GetStatusResponse.$Properties instead.
             */
            interface IGetStatusResponse extends shoal.admin.v1.GetStatusResponse.$Properties {
            }

            /** Represents a GetStatusResponse. */
            class GetStatusResponse {

                /**
                 * Constructs a new GetStatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetStatusResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetStatusResponse memberId. */
                memberId: string;

                /** GetStatusResponse role. */
                role: shoal.admin.v1.Role;

                /** GetStatusResponse term. */
                term: number;

                /** GetStatusResponse leaderId. */
                leaderId: string;

                /** GetStatusResponse commitIndex. */
                commitIndex: number;

                /** GetStatusResponse appliedIndex. */
                appliedIndex: number;

                /** GetStatusResponse members. */
                members: shoal.admin.v1.Member.$Properties[];

                /** GetStatusResponse pid. */
                pid: number;

                /** GetStatusResponse groupId. */
                groupId: string;

                /** GetStatusResponse lastIndex. */
                lastIndex: number;

                /** GetStatusResponse version. */
                version: string;

                /**
                 * Creates a new GetStatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetStatusResponse instance
                 */
                static create(properties: shoal.admin.v1.GetStatusResponse.$Shape): shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape;
                static create(properties?: shoal.admin.v1.GetStatusResponse.$Properties): shoal.admin.v1.GetStatusResponse;

                /**
                 * Encodes the specified GetStatusResponse message. Does not implicitly {@link shoal.admin.v1.GetStatusResponse.verify|verify} messages.
                 * @param message GetStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetStatusResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.GetStatusResponse.verify|verify} messages.
                 * @param message GetStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetStatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape} GetStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape;

                /**
                 * Decodes a GetStatusResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape} GetStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetStatusResponse & shoal.admin.v1.GetStatusResponse.$Shape;

                /**
                 * Verifies a GetStatusResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetStatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetStatusResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetStatusResponse;

                /**
                 * Creates a plain object from a GetStatusResponse message. Also converts values to other types if specified.
                 * @param message GetStatusResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetStatusResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetStatusResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetStatusResponse {

                /** Properties of a GetStatusResponse. */
                interface $Properties {

                    /** GetStatusResponse memberId */
                    memberId?: (string|null);

                    /** GetStatusResponse role */
                    role?: (shoal.admin.v1.Role|null);

                    /** GetStatusResponse term */
                    term?: (number|null);

                    /** GetStatusResponse leaderId */
                    leaderId?: (string|null);

                    /** GetStatusResponse commitIndex */
                    commitIndex?: (number|null);

                    /** GetStatusResponse appliedIndex */
                    appliedIndex?: (number|null);

                    /** GetStatusResponse members */
                    members?: (shoal.admin.v1.Member.$Properties[]|null);

                    /** GetStatusResponse pid */
                    pid?: (number|null);

                    /** GetStatusResponse groupId */
                    groupId?: (string|null);

                    /** GetStatusResponse lastIndex */
                    lastIndex?: (number|null);

                    /** GetStatusResponse version */
                    version?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetStatusResponse. */
                type $Shape = shoal.admin.v1.GetStatusResponse.$Properties;
            }

            /**
             * Properties of a ListMembersRequest.
             * @deprecated Use shoal.admin.v1.ListMembersRequest.$Properties instead.
             */
            interface IListMembersRequest extends shoal.admin.v1.ListMembersRequest.$Properties {
            }

            /** Represents a ListMembersRequest. */
            class ListMembersRequest {

                /**
                 * Constructs a new ListMembersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListMembersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListMembersRequest local. */
                local: boolean;

                /**
                 * Creates a new ListMembersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListMembersRequest instance
                 */
                static create(properties: shoal.admin.v1.ListMembersRequest.$Shape): shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape;
                static create(properties?: shoal.admin.v1.ListMembersRequest.$Properties): shoal.admin.v1.ListMembersRequest;

                /**
                 * Encodes the specified ListMembersRequest message. Does not implicitly {@link shoal.admin.v1.ListMembersRequest.verify|verify} messages.
                 * @param message ListMembersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListMembersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListMembersRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ListMembersRequest.verify|verify} messages.
                 * @param message ListMembersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListMembersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListMembersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape} ListMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape;

                /**
                 * Decodes a ListMembersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape} ListMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListMembersRequest & shoal.admin.v1.ListMembersRequest.$Shape;

                /**
                 * Verifies a ListMembersRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListMembersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListMembersRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListMembersRequest;

                /**
                 * Creates a plain object from a ListMembersRequest message. Also converts values to other types if specified.
                 * @param message ListMembersRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListMembersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListMembersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListMembersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListMembersRequest {

                /** Properties of a ListMembersRequest. */
                interface $Properties {

                    /** ListMembersRequest local */
                    local?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListMembersRequest. */
                type $Shape = shoal.admin.v1.ListMembersRequest.$Properties;
            }

            /**
             * Properties of a ListMembersResponse.
             * @deprecated Use shoal.admin.v1.ListMembersResponse.$Properties instead.
             */
            interface IListMembersResponse extends shoal.admin.v1.ListMembersResponse.$Properties {
            }

            /** Represents a ListMembersResponse. */
            class ListMembersResponse {

                /**
                 * Constructs a new ListMembersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListMembersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListMembersResponse members. */
                members: shoal.admin.v1.Member.$Properties[];

                /** ListMembersResponse leaderId. */
                leaderId: string;

                /**
                 * Creates a new ListMembersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListMembersResponse instance
                 */
                static create(properties: shoal.admin.v1.ListMembersResponse.$Shape): shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape;
                static create(properties?: shoal.admin.v1.ListMembersResponse.$Properties): shoal.admin.v1.ListMembersResponse;

                /**
                 * Encodes the specified ListMembersResponse message. Does not implicitly {@link shoal.admin.v1.ListMembersResponse.verify|verify} messages.
                 * @param message ListMembersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListMembersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListMembersResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ListMembersResponse.verify|verify} messages.
                 * @param message ListMembersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListMembersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListMembersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape} ListMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape;

                /**
                 * Decodes a ListMembersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape} ListMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListMembersResponse & shoal.admin.v1.ListMembersResponse.$Shape;

                /**
                 * Verifies a ListMembersResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListMembersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListMembersResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListMembersResponse;

                /**
                 * Creates a plain object from a ListMembersResponse message. Also converts values to other types if specified.
                 * @param message ListMembersResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListMembersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListMembersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListMembersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListMembersResponse {

                /** Properties of a ListMembersResponse. */
                interface $Properties {

                    /** ListMembersResponse members */
                    members?: (shoal.admin.v1.Member.$Properties[]|null);

                    /** ListMembersResponse leaderId */
                    leaderId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListMembersResponse. */
                type $Shape = shoal.admin.v1.ListMembersResponse.$Properties;
            }

            /**
             * Properties of an AddMemberRequest.
             * @deprecated Use shoal.admin.v1.AddMemberRequest.$Properties instead.
             */
            interface IAddMemberRequest extends shoal.admin.v1.AddMemberRequest.$Properties {
            }

            /** Represents an AddMemberRequest. */
            class AddMemberRequest {

                /**
                 * Constructs a new AddMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.AddMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddMemberRequest id. */
                id: string;

                /** AddMemberRequest clientUrl. */
                clientUrl: string;

                /** AddMemberRequest peerAddress. */
                peerAddress: string;

                /** AddMemberRequest learnerOnly. */
                learnerOnly: boolean;

                /**
                 * Creates a new AddMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddMemberRequest instance
                 */
                static create(properties: shoal.admin.v1.AddMemberRequest.$Shape): shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape;
                static create(properties?: shoal.admin.v1.AddMemberRequest.$Properties): shoal.admin.v1.AddMemberRequest;

                /**
                 * Encodes the specified AddMemberRequest message. Does not implicitly {@link shoal.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddMemberRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.AddMemberRequest & shoal.admin.v1.AddMemberRequest.$Shape;

                /**
                 * Verifies an AddMemberRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddMemberRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.AddMemberRequest;

                /**
                 * Creates a plain object from an AddMemberRequest message. Also converts values to other types if specified.
                 * @param message AddMemberRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.AddMemberRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddMemberRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddMemberRequest {

                /** Properties of an AddMemberRequest. */
                interface $Properties {

                    /** AddMemberRequest id */
                    id?: (string|null);

                    /** AddMemberRequest clientUrl */
                    clientUrl?: (string|null);

                    /** AddMemberRequest peerAddress */
                    peerAddress?: (string|null);

                    /** AddMemberRequest learnerOnly */
                    learnerOnly?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddMemberRequest. */
                type $Shape = shoal.admin.v1.AddMemberRequest.$Properties;
            }

            /**
             * Properties of an AddMemberResponse.
             * @deprecated Use shoal.admin.v1.AddMemberResponse.$Properties instead.
             */
            interface IAddMemberResponse extends shoal.admin.v1.AddMemberResponse.$Properties {
            }

            /** Represents an AddMemberResponse. */
            class AddMemberResponse {

                /**
                 * Constructs a new AddMemberResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.AddMemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddMemberResponse member. */
                member?: (shoal.admin.v1.Member.$Properties|null);

                /**
                 * Creates a new AddMemberResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddMemberResponse instance
                 */
                static create(properties: shoal.admin.v1.AddMemberResponse.$Shape): shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape;
                static create(properties?: shoal.admin.v1.AddMemberResponse.$Properties): shoal.admin.v1.AddMemberResponse;

                /**
                 * Encodes the specified AddMemberResponse message. Does not implicitly {@link shoal.admin.v1.AddMemberResponse.verify|verify} messages.
                 * @param message AddMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.AddMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddMemberResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.AddMemberResponse.verify|verify} messages.
                 * @param message AddMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.AddMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMemberResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape} AddMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape;

                /**
                 * Decodes an AddMemberResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape} AddMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.AddMemberResponse & shoal.admin.v1.AddMemberResponse.$Shape;

                /**
                 * Verifies an AddMemberResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddMemberResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.AddMemberResponse;

                /**
                 * Creates a plain object from an AddMemberResponse message. Also converts values to other types if specified.
                 * @param message AddMemberResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.AddMemberResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddMemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddMemberResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddMemberResponse {

                /** Properties of an AddMemberResponse. */
                interface $Properties {

                    /** AddMemberResponse member */
                    member?: (shoal.admin.v1.Member.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddMemberResponse. */
                type $Shape = shoal.admin.v1.AddMemberResponse.$Properties;
            }

            /**
             * Properties of a RemoveMemberRequest.
             * @deprecated Use shoal.admin.v1.RemoveMemberRequest.$Properties instead.
             */
            interface IRemoveMemberRequest extends shoal.admin.v1.RemoveMemberRequest.$Properties {
            }

            /** Represents a RemoveMemberRequest. */
            class RemoveMemberRequest {

                /**
                 * Constructs a new RemoveMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.RemoveMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoveMemberRequest id. */
                id: string;

                /**
                 * Creates a new RemoveMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoveMemberRequest instance
                 */
                static create(properties: shoal.admin.v1.RemoveMemberRequest.$Shape): shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape;
                static create(properties?: shoal.admin.v1.RemoveMemberRequest.$Properties): shoal.admin.v1.RemoveMemberRequest;

                /**
                 * Encodes the specified RemoveMemberRequest message. Does not implicitly {@link shoal.admin.v1.RemoveMemberRequest.verify|verify} messages.
                 * @param message RemoveMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.RemoveMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RemoveMemberRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.RemoveMemberRequest.verify|verify} messages.
                 * @param message RemoveMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.RemoveMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape} RemoveMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape;

                /**
                 * Decodes a RemoveMemberRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape} RemoveMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.RemoveMemberRequest & shoal.admin.v1.RemoveMemberRequest.$Shape;

                /**
                 * Verifies a RemoveMemberRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveMemberRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.RemoveMemberRequest;

                /**
                 * Creates a plain object from a RemoveMemberRequest message. Also converts values to other types if specified.
                 * @param message RemoveMemberRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.RemoveMemberRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemoveMemberRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveMemberRequest {

                /** Properties of a RemoveMemberRequest. */
                interface $Properties {

                    /** RemoveMemberRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveMemberRequest. */
                type $Shape = shoal.admin.v1.RemoveMemberRequest.$Properties;
            }

            /**
             * Properties of a RemoveMemberResponse.
             * @deprecated Use shoal.admin.v1.RemoveMemberResponse.$Properties instead.
             */
            interface IRemoveMemberResponse extends shoal.admin.v1.RemoveMemberResponse.$Properties {
            }

            /** Represents a RemoveMemberResponse. */
            class RemoveMemberResponse {

                /**
                 * Constructs a new RemoveMemberResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.RemoveMemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new RemoveMemberResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoveMemberResponse instance
                 */
                static create(properties: shoal.admin.v1.RemoveMemberResponse.$Shape): shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape;
                static create(properties?: shoal.admin.v1.RemoveMemberResponse.$Properties): shoal.admin.v1.RemoveMemberResponse;

                /**
                 * Encodes the specified RemoveMemberResponse message. Does not implicitly {@link shoal.admin.v1.RemoveMemberResponse.verify|verify} messages.
                 * @param message RemoveMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.RemoveMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RemoveMemberResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.RemoveMemberResponse.verify|verify} messages.
                 * @param message RemoveMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.RemoveMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveMemberResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape} RemoveMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape;

                /**
                 * Decodes a RemoveMemberResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape} RemoveMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.RemoveMemberResponse & shoal.admin.v1.RemoveMemberResponse.$Shape;

                /**
                 * Verifies a RemoveMemberResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveMemberResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.RemoveMemberResponse;

                /**
                 * Creates a plain object from a RemoveMemberResponse message. Also converts values to other types if specified.
                 * @param message RemoveMemberResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.RemoveMemberResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveMemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemoveMemberResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveMemberResponse {

                /** Properties of a RemoveMemberResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveMemberResponse. */
                type $Shape = shoal.admin.v1.RemoveMemberResponse.$Properties;
            }

            /**
             * Properties of a TransferLeaderRequest.
             * @deprecated Use shoal.admin.v1.TransferLeaderRequest.$Properties instead.
             */
            interface ITransferLeaderRequest extends shoal.admin.v1.TransferLeaderRequest.$Properties {
            }

            /** Represents a TransferLeaderRequest. */
            class TransferLeaderRequest {

                /**
                 * Constructs a new TransferLeaderRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.TransferLeaderRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransferLeaderRequest to. */
                to: string;

                /**
                 * Creates a new TransferLeaderRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TransferLeaderRequest instance
                 */
                static create(properties: shoal.admin.v1.TransferLeaderRequest.$Shape): shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape;
                static create(properties?: shoal.admin.v1.TransferLeaderRequest.$Properties): shoal.admin.v1.TransferLeaderRequest;

                /**
                 * Encodes the specified TransferLeaderRequest message. Does not implicitly {@link shoal.admin.v1.TransferLeaderRequest.verify|verify} messages.
                 * @param message TransferLeaderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.TransferLeaderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TransferLeaderRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.TransferLeaderRequest.verify|verify} messages.
                 * @param message TransferLeaderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.TransferLeaderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransferLeaderRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape} TransferLeaderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape;

                /**
                 * Decodes a TransferLeaderRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape} TransferLeaderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.TransferLeaderRequest & shoal.admin.v1.TransferLeaderRequest.$Shape;

                /**
                 * Verifies a TransferLeaderRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TransferLeaderRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TransferLeaderRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.TransferLeaderRequest;

                /**
                 * Creates a plain object from a TransferLeaderRequest message. Also converts values to other types if specified.
                 * @param message TransferLeaderRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.TransferLeaderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransferLeaderRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TransferLeaderRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransferLeaderRequest {

                /** Properties of a TransferLeaderRequest. */
                interface $Properties {

                    /** TransferLeaderRequest to */
                    to?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransferLeaderRequest. */
                type $Shape = shoal.admin.v1.TransferLeaderRequest.$Properties;
            }

            /**
             * Properties of a TransferLeaderResponse.
             * @deprecated Use shoal.admin.v1.TransferLeaderResponse.$Properties instead.
             */
            interface ITransferLeaderResponse extends shoal.admin.v1.TransferLeaderResponse.$Properties {
            }

            /** Represents a TransferLeaderResponse. */
            class TransferLeaderResponse {

                /**
                 * Constructs a new TransferLeaderResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.TransferLeaderResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransferLeaderResponse leaderId. */
                leaderId: string;

                /**
                 * Creates a new TransferLeaderResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TransferLeaderResponse instance
                 */
                static create(properties: shoal.admin.v1.TransferLeaderResponse.$Shape): shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape;
                static create(properties?: shoal.admin.v1.TransferLeaderResponse.$Properties): shoal.admin.v1.TransferLeaderResponse;

                /**
                 * Encodes the specified TransferLeaderResponse message. Does not implicitly {@link shoal.admin.v1.TransferLeaderResponse.verify|verify} messages.
                 * @param message TransferLeaderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.TransferLeaderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TransferLeaderResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.TransferLeaderResponse.verify|verify} messages.
                 * @param message TransferLeaderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.TransferLeaderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransferLeaderResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape} TransferLeaderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape;

                /**
                 * Decodes a TransferLeaderResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape} TransferLeaderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.TransferLeaderResponse & shoal.admin.v1.TransferLeaderResponse.$Shape;

                /**
                 * Verifies a TransferLeaderResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TransferLeaderResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TransferLeaderResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.TransferLeaderResponse;

                /**
                 * Creates a plain object from a TransferLeaderResponse message. Also converts values to other types if specified.
                 * @param message TransferLeaderResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.TransferLeaderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransferLeaderResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TransferLeaderResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransferLeaderResponse {

                /** Properties of a TransferLeaderResponse. */
                interface $Properties {

                    /** TransferLeaderResponse leaderId */
                    leaderId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransferLeaderResponse. */
                type $Shape = shoal.admin.v1.TransferLeaderResponse.$Properties;
            }

            /**
             * Properties of a ProposeNoopRequest.
             * @deprecated Use shoal.admin.v1.ProposeNoopRequest.$Properties instead.
             */
            interface IProposeNoopRequest extends shoal.admin.v1.ProposeNoopRequest.$Properties {
            }

            /** Represents a ProposeNoopRequest. */
            class ProposeNoopRequest {

                /**
                 * Constructs a new ProposeNoopRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ProposeNoopRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProposeNoopRequest payload. */
                payload: Uint8Array;

                /**
                 * Creates a new ProposeNoopRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProposeNoopRequest instance
                 */
                static create(properties: shoal.admin.v1.ProposeNoopRequest.$Shape): shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape;
                static create(properties?: shoal.admin.v1.ProposeNoopRequest.$Properties): shoal.admin.v1.ProposeNoopRequest;

                /**
                 * Encodes the specified ProposeNoopRequest message. Does not implicitly {@link shoal.admin.v1.ProposeNoopRequest.verify|verify} messages.
                 * @param message ProposeNoopRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ProposeNoopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProposeNoopRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ProposeNoopRequest.verify|verify} messages.
                 * @param message ProposeNoopRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ProposeNoopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProposeNoopRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape} ProposeNoopRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape;

                /**
                 * Decodes a ProposeNoopRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape} ProposeNoopRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ProposeNoopRequest & shoal.admin.v1.ProposeNoopRequest.$Shape;

                /**
                 * Verifies a ProposeNoopRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProposeNoopRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProposeNoopRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ProposeNoopRequest;

                /**
                 * Creates a plain object from a ProposeNoopRequest message. Also converts values to other types if specified.
                 * @param message ProposeNoopRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ProposeNoopRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProposeNoopRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProposeNoopRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProposeNoopRequest {

                /** Properties of a ProposeNoopRequest. */
                interface $Properties {

                    /** ProposeNoopRequest payload */
                    payload?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProposeNoopRequest. */
                type $Shape = shoal.admin.v1.ProposeNoopRequest.$Properties;
            }

            /**
             * Properties of a ProposeNoopResponse.
             * @deprecated Use shoal.admin.v1.ProposeNoopResponse.$Properties instead.
             */
            interface IProposeNoopResponse extends shoal.admin.v1.ProposeNoopResponse.$Properties {
            }

            /** Represents a ProposeNoopResponse. */
            class ProposeNoopResponse {

                /**
                 * Constructs a new ProposeNoopResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ProposeNoopResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProposeNoopResponse index. */
                index: number;

                /**
                 * Creates a new ProposeNoopResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProposeNoopResponse instance
                 */
                static create(properties: shoal.admin.v1.ProposeNoopResponse.$Shape): shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape;
                static create(properties?: shoal.admin.v1.ProposeNoopResponse.$Properties): shoal.admin.v1.ProposeNoopResponse;

                /**
                 * Encodes the specified ProposeNoopResponse message. Does not implicitly {@link shoal.admin.v1.ProposeNoopResponse.verify|verify} messages.
                 * @param message ProposeNoopResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ProposeNoopResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProposeNoopResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ProposeNoopResponse.verify|verify} messages.
                 * @param message ProposeNoopResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ProposeNoopResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProposeNoopResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape} ProposeNoopResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape;

                /**
                 * Decodes a ProposeNoopResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape} ProposeNoopResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ProposeNoopResponse & shoal.admin.v1.ProposeNoopResponse.$Shape;

                /**
                 * Verifies a ProposeNoopResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProposeNoopResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProposeNoopResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ProposeNoopResponse;

                /**
                 * Creates a plain object from a ProposeNoopResponse message. Also converts values to other types if specified.
                 * @param message ProposeNoopResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ProposeNoopResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProposeNoopResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProposeNoopResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProposeNoopResponse {

                /** Properties of a ProposeNoopResponse. */
                interface $Properties {

                    /** ProposeNoopResponse index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProposeNoopResponse. */
                type $Shape = shoal.admin.v1.ProposeNoopResponse.$Properties;
            }

            /**
             * Properties of a Volume.
             * @deprecated Use shoal.admin.v1.Volume.$Properties instead.
             */
            interface IVolume extends shoal.admin.v1.Volume.$Properties {
            }

            /** Represents a Volume. */
            class Volume {

                /**
                 * Constructs a new Volume.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.Volume.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Volume name. */
                name: string;

                /** Volume sizeBytes. */
                sizeBytes: number;

                /** Volume pageSizeBytes. */
                pageSizeBytes: number;

                /** Volume pageCount. */
                pageCount: number;

                /** Volume id. */
                id: number;

                /**
                 * Creates a new Volume instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Volume instance
                 */
                static create(properties: shoal.admin.v1.Volume.$Shape): shoal.admin.v1.Volume & shoal.admin.v1.Volume.$Shape;
                static create(properties?: shoal.admin.v1.Volume.$Properties): shoal.admin.v1.Volume;

                /**
                 * Encodes the specified Volume message. Does not implicitly {@link shoal.admin.v1.Volume.verify|verify} messages.
                 * @param message Volume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Volume message, length delimited. Does not implicitly {@link shoal.admin.v1.Volume.verify|verify} messages.
                 * @param message Volume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Volume message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.Volume & shoal.admin.v1.Volume.$Shape} Volume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.Volume & shoal.admin.v1.Volume.$Shape;

                /**
                 * Decodes a Volume message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.Volume & shoal.admin.v1.Volume.$Shape} Volume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.Volume & shoal.admin.v1.Volume.$Shape;

                /**
                 * Verifies a Volume message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Volume message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Volume
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.Volume;

                /**
                 * Creates a plain object from a Volume message. Also converts values to other types if specified.
                 * @param message Volume
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.Volume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Volume to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Volume
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Volume {

                /** Properties of a Volume. */
                interface $Properties {

                    /** Volume name */
                    name?: (string|null);

                    /** Volume sizeBytes */
                    sizeBytes?: (number|null);

                    /** Volume pageSizeBytes */
                    pageSizeBytes?: (number|null);

                    /** Volume pageCount */
                    pageCount?: (number|null);

                    /** Volume id */
                    id?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Volume. */
                type $Shape = shoal.admin.v1.Volume.$Properties;
            }

            /**
             * Properties of a CreateVolumeRequest.
             * @deprecated Use shoal.admin.v1.CreateVolumeRequest.$Properties instead.
             */
            interface ICreateVolumeRequest extends shoal.admin.v1.CreateVolumeRequest.$Properties {
            }

            /** Represents a CreateVolumeRequest. */
            class CreateVolumeRequest {

                /**
                 * Constructs a new CreateVolumeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.CreateVolumeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateVolumeRequest name. */
                name: string;

                /** CreateVolumeRequest sizeBytes. */
                sizeBytes: number;

                /** CreateVolumeRequest pageSizeBytes. */
                pageSizeBytes: number;

                /**
                 * Creates a new CreateVolumeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateVolumeRequest instance
                 */
                static create(properties: shoal.admin.v1.CreateVolumeRequest.$Shape): shoal.admin.v1.CreateVolumeRequest & shoal.admin.v1.CreateVolumeRequest.$Shape;
                static create(properties?: shoal.admin.v1.CreateVolumeRequest.$Properties): shoal.admin.v1.CreateVolumeRequest;

                /**
                 * Encodes the specified CreateVolumeRequest message. Does not implicitly {@link shoal.admin.v1.CreateVolumeRequest.verify|verify} messages.
                 * @param message CreateVolumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.CreateVolumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateVolumeRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.CreateVolumeRequest.verify|verify} messages.
                 * @param message CreateVolumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.CreateVolumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateVolumeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.CreateVolumeRequest & shoal.admin.v1.CreateVolumeRequest.$Shape} CreateVolumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.CreateVolumeRequest & shoal.admin.v1.CreateVolumeRequest.$Shape;

                /**
                 * Decodes a CreateVolumeRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.CreateVolumeRequest & shoal.admin.v1.CreateVolumeRequest.$Shape} CreateVolumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.CreateVolumeRequest & shoal.admin.v1.CreateVolumeRequest.$Shape;

                /**
                 * Verifies a CreateVolumeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateVolumeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateVolumeRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.CreateVolumeRequest;

                /**
                 * Creates a plain object from a CreateVolumeRequest message. Also converts values to other types if specified.
                 * @param message CreateVolumeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.CreateVolumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateVolumeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateVolumeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateVolumeRequest {

                /** Properties of a CreateVolumeRequest. */
                interface $Properties {

                    /** CreateVolumeRequest name */
                    name?: (string|null);

                    /** CreateVolumeRequest sizeBytes */
                    sizeBytes?: (number|null);

                    /** CreateVolumeRequest pageSizeBytes */
                    pageSizeBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateVolumeRequest. */
                type $Shape = shoal.admin.v1.CreateVolumeRequest.$Properties;
            }

            /**
             * Properties of a CreateVolumeResponse.
             * @deprecated Use shoal.admin.v1.CreateVolumeResponse.$Properties instead.
             */
            interface ICreateVolumeResponse extends shoal.admin.v1.CreateVolumeResponse.$Properties {
            }

            /** Represents a CreateVolumeResponse. */
            class CreateVolumeResponse {

                /**
                 * Constructs a new CreateVolumeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.CreateVolumeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateVolumeResponse volume. */
                volume?: (shoal.admin.v1.Volume.$Properties|null);

                /**
                 * Creates a new CreateVolumeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateVolumeResponse instance
                 */
                static create(properties: shoal.admin.v1.CreateVolumeResponse.$Shape): shoal.admin.v1.CreateVolumeResponse & shoal.admin.v1.CreateVolumeResponse.$Shape;
                static create(properties?: shoal.admin.v1.CreateVolumeResponse.$Properties): shoal.admin.v1.CreateVolumeResponse;

                /**
                 * Encodes the specified CreateVolumeResponse message. Does not implicitly {@link shoal.admin.v1.CreateVolumeResponse.verify|verify} messages.
                 * @param message CreateVolumeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.CreateVolumeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateVolumeResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.CreateVolumeResponse.verify|verify} messages.
                 * @param message CreateVolumeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.CreateVolumeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateVolumeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.CreateVolumeResponse & shoal.admin.v1.CreateVolumeResponse.$Shape} CreateVolumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.CreateVolumeResponse & shoal.admin.v1.CreateVolumeResponse.$Shape;

                /**
                 * Decodes a CreateVolumeResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.CreateVolumeResponse & shoal.admin.v1.CreateVolumeResponse.$Shape} CreateVolumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.CreateVolumeResponse & shoal.admin.v1.CreateVolumeResponse.$Shape;

                /**
                 * Verifies a CreateVolumeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateVolumeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateVolumeResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.CreateVolumeResponse;

                /**
                 * Creates a plain object from a CreateVolumeResponse message. Also converts values to other types if specified.
                 * @param message CreateVolumeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.CreateVolumeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateVolumeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateVolumeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateVolumeResponse {

                /** Properties of a CreateVolumeResponse. */
                interface $Properties {

                    /** CreateVolumeResponse volume */
                    volume?: (shoal.admin.v1.Volume.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateVolumeResponse. */
                type $Shape = shoal.admin.v1.CreateVolumeResponse.$Properties;
            }

            /**
             * Properties of a DeleteVolumeRequest.
             * @deprecated Use shoal.admin.v1.DeleteVolumeRequest.$Properties instead.
             */
            interface IDeleteVolumeRequest extends shoal.admin.v1.DeleteVolumeRequest.$Properties {
            }

            /** Represents a DeleteVolumeRequest. */
            class DeleteVolumeRequest {

                /**
                 * Constructs a new DeleteVolumeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.DeleteVolumeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteVolumeRequest name. */
                name: string;

                /**
                 * Creates a new DeleteVolumeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteVolumeRequest instance
                 */
                static create(properties: shoal.admin.v1.DeleteVolumeRequest.$Shape): shoal.admin.v1.DeleteVolumeRequest & shoal.admin.v1.DeleteVolumeRequest.$Shape;
                static create(properties?: shoal.admin.v1.DeleteVolumeRequest.$Properties): shoal.admin.v1.DeleteVolumeRequest;

                /**
                 * Encodes the specified DeleteVolumeRequest message. Does not implicitly {@link shoal.admin.v1.DeleteVolumeRequest.verify|verify} messages.
                 * @param message DeleteVolumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.DeleteVolumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteVolumeRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.DeleteVolumeRequest.verify|verify} messages.
                 * @param message DeleteVolumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.DeleteVolumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteVolumeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.DeleteVolumeRequest & shoal.admin.v1.DeleteVolumeRequest.$Shape} DeleteVolumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.DeleteVolumeRequest & shoal.admin.v1.DeleteVolumeRequest.$Shape;

                /**
                 * Decodes a DeleteVolumeRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.DeleteVolumeRequest & shoal.admin.v1.DeleteVolumeRequest.$Shape} DeleteVolumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.DeleteVolumeRequest & shoal.admin.v1.DeleteVolumeRequest.$Shape;

                /**
                 * Verifies a DeleteVolumeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteVolumeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteVolumeRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.DeleteVolumeRequest;

                /**
                 * Creates a plain object from a DeleteVolumeRequest message. Also converts values to other types if specified.
                 * @param message DeleteVolumeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.DeleteVolumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteVolumeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteVolumeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteVolumeRequest {

                /** Properties of a DeleteVolumeRequest. */
                interface $Properties {

                    /** DeleteVolumeRequest name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteVolumeRequest. */
                type $Shape = shoal.admin.v1.DeleteVolumeRequest.$Properties;
            }

            /**
             * Properties of a DeleteVolumeResponse.
             * @deprecated Use shoal.admin.v1.DeleteVolumeResponse.$Properties instead.
             */
            interface IDeleteVolumeResponse extends shoal.admin.v1.DeleteVolumeResponse.$Properties {
            }

            /** Represents a DeleteVolumeResponse. */
            class DeleteVolumeResponse {

                /**
                 * Constructs a new DeleteVolumeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.DeleteVolumeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DeleteVolumeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteVolumeResponse instance
                 */
                static create(properties: shoal.admin.v1.DeleteVolumeResponse.$Shape): shoal.admin.v1.DeleteVolumeResponse & shoal.admin.v1.DeleteVolumeResponse.$Shape;
                static create(properties?: shoal.admin.v1.DeleteVolumeResponse.$Properties): shoal.admin.v1.DeleteVolumeResponse;

                /**
                 * Encodes the specified DeleteVolumeResponse message. Does not implicitly {@link shoal.admin.v1.DeleteVolumeResponse.verify|verify} messages.
                 * @param message DeleteVolumeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.DeleteVolumeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteVolumeResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.DeleteVolumeResponse.verify|verify} messages.
                 * @param message DeleteVolumeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.DeleteVolumeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteVolumeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.DeleteVolumeResponse & shoal.admin.v1.DeleteVolumeResponse.$Shape} DeleteVolumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.DeleteVolumeResponse & shoal.admin.v1.DeleteVolumeResponse.$Shape;

                /**
                 * Decodes a DeleteVolumeResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.DeleteVolumeResponse & shoal.admin.v1.DeleteVolumeResponse.$Shape} DeleteVolumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.DeleteVolumeResponse & shoal.admin.v1.DeleteVolumeResponse.$Shape;

                /**
                 * Verifies a DeleteVolumeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteVolumeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteVolumeResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.DeleteVolumeResponse;

                /**
                 * Creates a plain object from a DeleteVolumeResponse message. Also converts values to other types if specified.
                 * @param message DeleteVolumeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.DeleteVolumeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteVolumeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteVolumeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteVolumeResponse {

                /** Properties of a DeleteVolumeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteVolumeResponse. */
                type $Shape = shoal.admin.v1.DeleteVolumeResponse.$Properties;
            }

            /**
             * Properties of a ListVolumesRequest.
             * @deprecated Use shoal.admin.v1.ListVolumesRequest.$Properties instead.
             */
            interface IListVolumesRequest extends shoal.admin.v1.ListVolumesRequest.$Properties {
            }

            /** Represents a ListVolumesRequest. */
            class ListVolumesRequest {

                /**
                 * Constructs a new ListVolumesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListVolumesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListVolumesRequest local. */
                local: boolean;

                /**
                 * Creates a new ListVolumesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListVolumesRequest instance
                 */
                static create(properties: shoal.admin.v1.ListVolumesRequest.$Shape): shoal.admin.v1.ListVolumesRequest & shoal.admin.v1.ListVolumesRequest.$Shape;
                static create(properties?: shoal.admin.v1.ListVolumesRequest.$Properties): shoal.admin.v1.ListVolumesRequest;

                /**
                 * Encodes the specified ListVolumesRequest message. Does not implicitly {@link shoal.admin.v1.ListVolumesRequest.verify|verify} messages.
                 * @param message ListVolumesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListVolumesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListVolumesRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ListVolumesRequest.verify|verify} messages.
                 * @param message ListVolumesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListVolumesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListVolumesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListVolumesRequest & shoal.admin.v1.ListVolumesRequest.$Shape} ListVolumesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListVolumesRequest & shoal.admin.v1.ListVolumesRequest.$Shape;

                /**
                 * Decodes a ListVolumesRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListVolumesRequest & shoal.admin.v1.ListVolumesRequest.$Shape} ListVolumesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListVolumesRequest & shoal.admin.v1.ListVolumesRequest.$Shape;

                /**
                 * Verifies a ListVolumesRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListVolumesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListVolumesRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListVolumesRequest;

                /**
                 * Creates a plain object from a ListVolumesRequest message. Also converts values to other types if specified.
                 * @param message ListVolumesRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListVolumesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListVolumesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListVolumesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListVolumesRequest {

                /** Properties of a ListVolumesRequest. */
                interface $Properties {

                    /** ListVolumesRequest local */
                    local?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListVolumesRequest. */
                type $Shape = shoal.admin.v1.ListVolumesRequest.$Properties;
            }

            /**
             * Properties of a ListVolumesResponse.
             * @deprecated Use shoal.admin.v1.ListVolumesResponse.$Properties instead.
             */
            interface IListVolumesResponse extends shoal.admin.v1.ListVolumesResponse.$Properties {
            }

            /** Represents a ListVolumesResponse. */
            class ListVolumesResponse {

                /**
                 * Constructs a new ListVolumesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListVolumesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListVolumesResponse volumes. */
                volumes: shoal.admin.v1.Volume.$Properties[];

                /**
                 * Creates a new ListVolumesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListVolumesResponse instance
                 */
                static create(properties: shoal.admin.v1.ListVolumesResponse.$Shape): shoal.admin.v1.ListVolumesResponse & shoal.admin.v1.ListVolumesResponse.$Shape;
                static create(properties?: shoal.admin.v1.ListVolumesResponse.$Properties): shoal.admin.v1.ListVolumesResponse;

                /**
                 * Encodes the specified ListVolumesResponse message. Does not implicitly {@link shoal.admin.v1.ListVolumesResponse.verify|verify} messages.
                 * @param message ListVolumesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListVolumesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListVolumesResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ListVolumesResponse.verify|verify} messages.
                 * @param message ListVolumesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListVolumesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListVolumesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListVolumesResponse & shoal.admin.v1.ListVolumesResponse.$Shape} ListVolumesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListVolumesResponse & shoal.admin.v1.ListVolumesResponse.$Shape;

                /**
                 * Decodes a ListVolumesResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListVolumesResponse & shoal.admin.v1.ListVolumesResponse.$Shape} ListVolumesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListVolumesResponse & shoal.admin.v1.ListVolumesResponse.$Shape;

                /**
                 * Verifies a ListVolumesResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListVolumesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListVolumesResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListVolumesResponse;

                /**
                 * Creates a plain object from a ListVolumesResponse message. Also converts values to other types if specified.
                 * @param message ListVolumesResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListVolumesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListVolumesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListVolumesResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListVolumesResponse {

                /** Properties of a ListVolumesResponse. */
                interface $Properties {

                    /** ListVolumesResponse volumes */
                    volumes?: (shoal.admin.v1.Volume.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListVolumesResponse. */
                type $Shape = shoal.admin.v1.ListVolumesResponse.$Properties;
            }

            /**
             * Properties of a GetRoutingTableRequest.
             * @deprecated Use shoal.admin.v1.GetRoutingTableRequest.$Properties instead.
             */
            interface IGetRoutingTableRequest extends shoal.admin.v1.GetRoutingTableRequest.$Properties {
            }

            /** Represents a GetRoutingTableRequest. */
            class GetRoutingTableRequest {

                /**
                 * Constructs a new GetRoutingTableRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetRoutingTableRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRoutingTableRequest volume. */
                volume: string;

                /** GetRoutingTableRequest local. */
                local: boolean;

                /**
                 * Creates a new GetRoutingTableRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRoutingTableRequest instance
                 */
                static create(properties: shoal.admin.v1.GetRoutingTableRequest.$Shape): shoal.admin.v1.GetRoutingTableRequest & shoal.admin.v1.GetRoutingTableRequest.$Shape;
                static create(properties?: shoal.admin.v1.GetRoutingTableRequest.$Properties): shoal.admin.v1.GetRoutingTableRequest;

                /**
                 * Encodes the specified GetRoutingTableRequest message. Does not implicitly {@link shoal.admin.v1.GetRoutingTableRequest.verify|verify} messages.
                 * @param message GetRoutingTableRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetRoutingTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRoutingTableRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.GetRoutingTableRequest.verify|verify} messages.
                 * @param message GetRoutingTableRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetRoutingTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRoutingTableRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetRoutingTableRequest & shoal.admin.v1.GetRoutingTableRequest.$Shape} GetRoutingTableRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetRoutingTableRequest & shoal.admin.v1.GetRoutingTableRequest.$Shape;

                /**
                 * Decodes a GetRoutingTableRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetRoutingTableRequest & shoal.admin.v1.GetRoutingTableRequest.$Shape} GetRoutingTableRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetRoutingTableRequest & shoal.admin.v1.GetRoutingTableRequest.$Shape;

                /**
                 * Verifies a GetRoutingTableRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetRoutingTableRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetRoutingTableRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetRoutingTableRequest;

                /**
                 * Creates a plain object from a GetRoutingTableRequest message. Also converts values to other types if specified.
                 * @param message GetRoutingTableRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetRoutingTableRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetRoutingTableRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetRoutingTableRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRoutingTableRequest {

                /** Properties of a GetRoutingTableRequest. */
                interface $Properties {

                    /** GetRoutingTableRequest volume */
                    volume?: (string|null);

                    /** GetRoutingTableRequest local */
                    local?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRoutingTableRequest. */
                type $Shape = shoal.admin.v1.GetRoutingTableRequest.$Properties;
            }

            /**
             * Properties of a PageRun.
             * @deprecated Use shoal.admin.v1.PageRun.$Properties instead.
             */
            interface IPageRun extends shoal.admin.v1.PageRun.$Properties {
            }

            /** Represents a PageRun. */
            class PageRun {

                /**
                 * Constructs a new PageRun.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.PageRun.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageRun firstPage. */
                firstPage: number;

                /** PageRun pageCount. */
                pageCount: number;

                /** PageRun owners. */
                owners: string[];

                /**
                 * Creates a new PageRun instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageRun instance
                 */
                static create(properties: shoal.admin.v1.PageRun.$Shape): shoal.admin.v1.PageRun & shoal.admin.v1.PageRun.$Shape;
                static create(properties?: shoal.admin.v1.PageRun.$Properties): shoal.admin.v1.PageRun;

                /**
                 * Encodes the specified PageRun message. Does not implicitly {@link shoal.admin.v1.PageRun.verify|verify} messages.
                 * @param message PageRun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.PageRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageRun message, length delimited. Does not implicitly {@link shoal.admin.v1.PageRun.verify|verify} messages.
                 * @param message PageRun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.PageRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageRun message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.PageRun & shoal.admin.v1.PageRun.$Shape} PageRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.PageRun & shoal.admin.v1.PageRun.$Shape;

                /**
                 * Decodes a PageRun message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.PageRun & shoal.admin.v1.PageRun.$Shape} PageRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.PageRun & shoal.admin.v1.PageRun.$Shape;

                /**
                 * Verifies a PageRun message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageRun message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageRun
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.PageRun;

                /**
                 * Creates a plain object from a PageRun message. Also converts values to other types if specified.
                 * @param message PageRun
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.PageRun, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageRun to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageRun
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRun {

                /** Properties of a PageRun. */
                interface $Properties {

                    /** PageRun firstPage */
                    firstPage?: (number|null);

                    /** PageRun pageCount */
                    pageCount?: (number|null);

                    /** PageRun owners */
                    owners?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageRun. */
                type $Shape = shoal.admin.v1.PageRun.$Properties;
            }

            /**
             * Properties of a PageOwnerCount.
             * @deprecated Use shoal.admin.v1.PageOwnerCount.$Properties instead.
             */
            interface IPageOwnerCount extends shoal.admin.v1.PageOwnerCount.$Properties {
            }

            /** Represents a PageOwnerCount. */
            class PageOwnerCount {

                /**
                 * Constructs a new PageOwnerCount.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.PageOwnerCount.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageOwnerCount memberId. */
                memberId: string;

                /** PageOwnerCount pages. */
                pages: number;

                /** PageOwnerCount clientUrl. */
                clientUrl: string;

                /**
                 * Creates a new PageOwnerCount instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageOwnerCount instance
                 */
                static create(properties: shoal.admin.v1.PageOwnerCount.$Shape): shoal.admin.v1.PageOwnerCount & shoal.admin.v1.PageOwnerCount.$Shape;
                static create(properties?: shoal.admin.v1.PageOwnerCount.$Properties): shoal.admin.v1.PageOwnerCount;

                /**
                 * Encodes the specified PageOwnerCount message. Does not implicitly {@link shoal.admin.v1.PageOwnerCount.verify|verify} messages.
                 * @param message PageOwnerCount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.PageOwnerCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageOwnerCount message, length delimited. Does not implicitly {@link shoal.admin.v1.PageOwnerCount.verify|verify} messages.
                 * @param message PageOwnerCount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.PageOwnerCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageOwnerCount message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.PageOwnerCount & shoal.admin.v1.PageOwnerCount.$Shape} PageOwnerCount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.PageOwnerCount & shoal.admin.v1.PageOwnerCount.$Shape;

                /**
                 * Decodes a PageOwnerCount message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.PageOwnerCount & shoal.admin.v1.PageOwnerCount.$Shape} PageOwnerCount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.PageOwnerCount & shoal.admin.v1.PageOwnerCount.$Shape;

                /**
                 * Verifies a PageOwnerCount message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageOwnerCount message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageOwnerCount
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.PageOwnerCount;

                /**
                 * Creates a plain object from a PageOwnerCount message. Also converts values to other types if specified.
                 * @param message PageOwnerCount
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.PageOwnerCount, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageOwnerCount to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageOwnerCount
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageOwnerCount {

                /** Properties of a PageOwnerCount. */
                interface $Properties {

                    /** PageOwnerCount memberId */
                    memberId?: (string|null);

                    /** PageOwnerCount pages */
                    pages?: (number|null);

                    /** PageOwnerCount clientUrl */
                    clientUrl?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageOwnerCount. */
                type $Shape = shoal.admin.v1.PageOwnerCount.$Properties;
            }

            /**
             * Properties of a GetRoutingTableResponse.
             * @deprecated Use shoal.admin.v1.GetRoutingTableResponse.$Properties instead.
             */
            interface IGetRoutingTableResponse extends shoal.admin.v1.GetRoutingTableResponse.$Properties {
            }

            /** Represents a GetRoutingTableResponse. */
            class GetRoutingTableResponse {

                /**
                 * Constructs a new GetRoutingTableResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetRoutingTableResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRoutingTableResponse volume. */
                volume?: (shoal.admin.v1.Volume.$Properties|null);

                /** GetRoutingTableResponse runs. */
                runs: shoal.admin.v1.PageRun.$Properties[];

                /** GetRoutingTableResponse owners. */
                owners: shoal.admin.v1.PageOwnerCount.$Properties[];

                /**
                 * Creates a new GetRoutingTableResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRoutingTableResponse instance
                 */
                static create(properties: shoal.admin.v1.GetRoutingTableResponse.$Shape): shoal.admin.v1.GetRoutingTableResponse & shoal.admin.v1.GetRoutingTableResponse.$Shape;
                static create(properties?: shoal.admin.v1.GetRoutingTableResponse.$Properties): shoal.admin.v1.GetRoutingTableResponse;

                /**
                 * Encodes the specified GetRoutingTableResponse message. Does not implicitly {@link shoal.admin.v1.GetRoutingTableResponse.verify|verify} messages.
                 * @param message GetRoutingTableResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetRoutingTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRoutingTableResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.GetRoutingTableResponse.verify|verify} messages.
                 * @param message GetRoutingTableResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetRoutingTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRoutingTableResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetRoutingTableResponse & shoal.admin.v1.GetRoutingTableResponse.$Shape} GetRoutingTableResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetRoutingTableResponse & shoal.admin.v1.GetRoutingTableResponse.$Shape;

                /**
                 * Decodes a GetRoutingTableResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetRoutingTableResponse & shoal.admin.v1.GetRoutingTableResponse.$Shape} GetRoutingTableResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetRoutingTableResponse & shoal.admin.v1.GetRoutingTableResponse.$Shape;

                /**
                 * Verifies a GetRoutingTableResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetRoutingTableResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetRoutingTableResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetRoutingTableResponse;

                /**
                 * Creates a plain object from a GetRoutingTableResponse message. Also converts values to other types if specified.
                 * @param message GetRoutingTableResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetRoutingTableResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetRoutingTableResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetRoutingTableResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRoutingTableResponse {

                /** Properties of a GetRoutingTableResponse. */
                interface $Properties {

                    /** GetRoutingTableResponse volume */
                    volume?: (shoal.admin.v1.Volume.$Properties|null);

                    /** GetRoutingTableResponse runs */
                    runs?: (shoal.admin.v1.PageRun.$Properties[]|null);

                    /** GetRoutingTableResponse owners */
                    owners?: (shoal.admin.v1.PageOwnerCount.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRoutingTableResponse. */
                type $Shape = shoal.admin.v1.GetRoutingTableResponse.$Properties;
            }

            /**
             * Properties of a ClientConnection.
             * @deprecated Use shoal.admin.v1.ClientConnection.$Properties instead.
             */
            interface IClientConnection extends shoal.admin.v1.ClientConnection.$Properties {
            }

            /** Represents a ClientConnection. */
            class ClientConnection {

                /**
                 * Constructs a new ClientConnection.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ClientConnection.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClientConnection id. */
                id: string;

                /** ClientConnection memberId. */
                memberId: string;

                /** ClientConnection remoteAddress. */
                remoteAddress: string;

                /** ClientConnection openedAtMs. */
                openedAtMs: number;

                /** ClientConnection requests. */
                requests: number;

                /** ClientConnection bytesIn. */
                bytesIn: number;

                /** ClientConnection bytesOut. */
                bytesOut: number;

                /** ClientConnection inFlight. */
                inFlight: number;

                /** ClientConnection bytesByOwner. */
                bytesByOwner: { [k: string]: number };

                /** ClientConnection movingTo. */
                movingTo: string;

                /** ClientConnection movedFrom. */
                movedFrom: string;

                /**
                 * Creates a new ClientConnection instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClientConnection instance
                 */
                static create(properties: shoal.admin.v1.ClientConnection.$Shape): shoal.admin.v1.ClientConnection & shoal.admin.v1.ClientConnection.$Shape;
                static create(properties?: shoal.admin.v1.ClientConnection.$Properties): shoal.admin.v1.ClientConnection;

                /**
                 * Encodes the specified ClientConnection message. Does not implicitly {@link shoal.admin.v1.ClientConnection.verify|verify} messages.
                 * @param message ClientConnection message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ClientConnection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ClientConnection message, length delimited. Does not implicitly {@link shoal.admin.v1.ClientConnection.verify|verify} messages.
                 * @param message ClientConnection message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ClientConnection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClientConnection message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ClientConnection & shoal.admin.v1.ClientConnection.$Shape} ClientConnection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ClientConnection & shoal.admin.v1.ClientConnection.$Shape;

                /**
                 * Decodes a ClientConnection message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ClientConnection & shoal.admin.v1.ClientConnection.$Shape} ClientConnection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ClientConnection & shoal.admin.v1.ClientConnection.$Shape;

                /**
                 * Verifies a ClientConnection message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClientConnection message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClientConnection
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ClientConnection;

                /**
                 * Creates a plain object from a ClientConnection message. Also converts values to other types if specified.
                 * @param message ClientConnection
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ClientConnection, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClientConnection to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ClientConnection
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ClientConnection {

                /** Properties of a ClientConnection. */
                interface $Properties {

                    /** ClientConnection id */
                    id?: (string|null);

                    /** ClientConnection memberId */
                    memberId?: (string|null);

                    /** ClientConnection remoteAddress */
                    remoteAddress?: (string|null);

                    /** ClientConnection openedAtMs */
                    openedAtMs?: (number|null);

                    /** ClientConnection requests */
                    requests?: (number|null);

                    /** ClientConnection bytesIn */
                    bytesIn?: (number|null);

                    /** ClientConnection bytesOut */
                    bytesOut?: (number|null);

                    /** ClientConnection inFlight */
                    inFlight?: (number|null);

                    /** ClientConnection bytesByOwner */
                    bytesByOwner?: ({ [k: string]: number }|null);

                    /** ClientConnection movingTo */
                    movingTo?: (string|null);

                    /** ClientConnection movedFrom */
                    movedFrom?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClientConnection. */
                type $Shape = shoal.admin.v1.ClientConnection.$Properties;
            }

            /**
             * Properties of a ListConnectionsRequest.
             * @deprecated Use shoal.admin.v1.ListConnectionsRequest.$Properties instead.
             */
            interface IListConnectionsRequest extends shoal.admin.v1.ListConnectionsRequest.$Properties {
            }

            /** Represents a ListConnectionsRequest. */
            class ListConnectionsRequest {

                /**
                 * Constructs a new ListConnectionsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListConnectionsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ListConnectionsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListConnectionsRequest instance
                 */
                static create(properties: shoal.admin.v1.ListConnectionsRequest.$Shape): shoal.admin.v1.ListConnectionsRequest & shoal.admin.v1.ListConnectionsRequest.$Shape;
                static create(properties?: shoal.admin.v1.ListConnectionsRequest.$Properties): shoal.admin.v1.ListConnectionsRequest;

                /**
                 * Encodes the specified ListConnectionsRequest message. Does not implicitly {@link shoal.admin.v1.ListConnectionsRequest.verify|verify} messages.
                 * @param message ListConnectionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListConnectionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListConnectionsRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ListConnectionsRequest.verify|verify} messages.
                 * @param message ListConnectionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListConnectionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListConnectionsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListConnectionsRequest & shoal.admin.v1.ListConnectionsRequest.$Shape} ListConnectionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListConnectionsRequest & shoal.admin.v1.ListConnectionsRequest.$Shape;

                /**
                 * Decodes a ListConnectionsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListConnectionsRequest & shoal.admin.v1.ListConnectionsRequest.$Shape} ListConnectionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListConnectionsRequest & shoal.admin.v1.ListConnectionsRequest.$Shape;

                /**
                 * Verifies a ListConnectionsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListConnectionsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListConnectionsRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListConnectionsRequest;

                /**
                 * Creates a plain object from a ListConnectionsRequest message. Also converts values to other types if specified.
                 * @param message ListConnectionsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListConnectionsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListConnectionsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListConnectionsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListConnectionsRequest {

                /** Properties of a ListConnectionsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListConnectionsRequest. */
                type $Shape = shoal.admin.v1.ListConnectionsRequest.$Properties;
            }

            /**
             * Properties of a ListConnectionsResponse.
             * @deprecated Use shoal.admin.v1.ListConnectionsResponse.$Properties instead.
             */
            interface IListConnectionsResponse extends shoal.admin.v1.ListConnectionsResponse.$Properties {
            }

            /** Represents a ListConnectionsResponse. */
            class ListConnectionsResponse {

                /**
                 * Constructs a new ListConnectionsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListConnectionsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListConnectionsResponse memberId. */
                memberId: string;

                /** ListConnectionsResponse connections. */
                connections: shoal.admin.v1.ClientConnection.$Properties[];

                /**
                 * Creates a new ListConnectionsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListConnectionsResponse instance
                 */
                static create(properties: shoal.admin.v1.ListConnectionsResponse.$Shape): shoal.admin.v1.ListConnectionsResponse & shoal.admin.v1.ListConnectionsResponse.$Shape;
                static create(properties?: shoal.admin.v1.ListConnectionsResponse.$Properties): shoal.admin.v1.ListConnectionsResponse;

                /**
                 * Encodes the specified ListConnectionsResponse message. Does not implicitly {@link shoal.admin.v1.ListConnectionsResponse.verify|verify} messages.
                 * @param message ListConnectionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListConnectionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListConnectionsResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ListConnectionsResponse.verify|verify} messages.
                 * @param message ListConnectionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListConnectionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListConnectionsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListConnectionsResponse & shoal.admin.v1.ListConnectionsResponse.$Shape} ListConnectionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListConnectionsResponse & shoal.admin.v1.ListConnectionsResponse.$Shape;

                /**
                 * Decodes a ListConnectionsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListConnectionsResponse & shoal.admin.v1.ListConnectionsResponse.$Shape} ListConnectionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListConnectionsResponse & shoal.admin.v1.ListConnectionsResponse.$Shape;

                /**
                 * Verifies a ListConnectionsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListConnectionsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListConnectionsResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListConnectionsResponse;

                /**
                 * Creates a plain object from a ListConnectionsResponse message. Also converts values to other types if specified.
                 * @param message ListConnectionsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListConnectionsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListConnectionsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListConnectionsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListConnectionsResponse {

                /** Properties of a ListConnectionsResponse. */
                interface $Properties {

                    /** ListConnectionsResponse memberId */
                    memberId?: (string|null);

                    /** ListConnectionsResponse connections */
                    connections?: (shoal.admin.v1.ClientConnection.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListConnectionsResponse. */
                type $Shape = shoal.admin.v1.ListConnectionsResponse.$Properties;
            }

            /**
             * Properties of a MoveConnectionRequest.
             * @deprecated Use shoal.admin.v1.MoveConnectionRequest.$Properties instead.
             */
            interface IMoveConnectionRequest extends shoal.admin.v1.MoveConnectionRequest.$Properties {
            }

            /** Represents a MoveConnectionRequest. */
            class MoveConnectionRequest {

                /**
                 * Constructs a new MoveConnectionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.MoveConnectionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MoveConnectionRequest connection. */
                connection: string;

                /** MoveConnectionRequest to. */
                to: string;

                /**
                 * Creates a new MoveConnectionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MoveConnectionRequest instance
                 */
                static create(properties: shoal.admin.v1.MoveConnectionRequest.$Shape): shoal.admin.v1.MoveConnectionRequest & shoal.admin.v1.MoveConnectionRequest.$Shape;
                static create(properties?: shoal.admin.v1.MoveConnectionRequest.$Properties): shoal.admin.v1.MoveConnectionRequest;

                /**
                 * Encodes the specified MoveConnectionRequest message. Does not implicitly {@link shoal.admin.v1.MoveConnectionRequest.verify|verify} messages.
                 * @param message MoveConnectionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.MoveConnectionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MoveConnectionRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.MoveConnectionRequest.verify|verify} messages.
                 * @param message MoveConnectionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.MoveConnectionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MoveConnectionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.MoveConnectionRequest & shoal.admin.v1.MoveConnectionRequest.$Shape} MoveConnectionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.MoveConnectionRequest & shoal.admin.v1.MoveConnectionRequest.$Shape;

                /**
                 * Decodes a MoveConnectionRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.MoveConnectionRequest & shoal.admin.v1.MoveConnectionRequest.$Shape} MoveConnectionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.MoveConnectionRequest & shoal.admin.v1.MoveConnectionRequest.$Shape;

                /**
                 * Verifies a MoveConnectionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MoveConnectionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MoveConnectionRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.MoveConnectionRequest;

                /**
                 * Creates a plain object from a MoveConnectionRequest message. Also converts values to other types if specified.
                 * @param message MoveConnectionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.MoveConnectionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MoveConnectionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MoveConnectionRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MoveConnectionRequest {

                /** Properties of a MoveConnectionRequest. */
                interface $Properties {

                    /** MoveConnectionRequest connection */
                    connection?: (string|null);

                    /** MoveConnectionRequest to */
                    to?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MoveConnectionRequest. */
                type $Shape = shoal.admin.v1.MoveConnectionRequest.$Properties;
            }

            /**
             * Properties of a MoveConnectionResponse.
             * @deprecated Use shoal.admin.v1.MoveConnectionResponse.$Properties instead.
             */
            interface IMoveConnectionResponse extends shoal.admin.v1.MoveConnectionResponse.$Properties {
            }

            /** Represents a MoveConnectionResponse. */
            class MoveConnectionResponse {

                /**
                 * Constructs a new MoveConnectionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.MoveConnectionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MoveConnectionResponse index. */
                index: number;

                /**
                 * Creates a new MoveConnectionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MoveConnectionResponse instance
                 */
                static create(properties: shoal.admin.v1.MoveConnectionResponse.$Shape): shoal.admin.v1.MoveConnectionResponse & shoal.admin.v1.MoveConnectionResponse.$Shape;
                static create(properties?: shoal.admin.v1.MoveConnectionResponse.$Properties): shoal.admin.v1.MoveConnectionResponse;

                /**
                 * Encodes the specified MoveConnectionResponse message. Does not implicitly {@link shoal.admin.v1.MoveConnectionResponse.verify|verify} messages.
                 * @param message MoveConnectionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.MoveConnectionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MoveConnectionResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.MoveConnectionResponse.verify|verify} messages.
                 * @param message MoveConnectionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.MoveConnectionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MoveConnectionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.MoveConnectionResponse & shoal.admin.v1.MoveConnectionResponse.$Shape} MoveConnectionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.MoveConnectionResponse & shoal.admin.v1.MoveConnectionResponse.$Shape;

                /**
                 * Decodes a MoveConnectionResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.MoveConnectionResponse & shoal.admin.v1.MoveConnectionResponse.$Shape} MoveConnectionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.MoveConnectionResponse & shoal.admin.v1.MoveConnectionResponse.$Shape;

                /**
                 * Verifies a MoveConnectionResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MoveConnectionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MoveConnectionResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.MoveConnectionResponse;

                /**
                 * Creates a plain object from a MoveConnectionResponse message. Also converts values to other types if specified.
                 * @param message MoveConnectionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.MoveConnectionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MoveConnectionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MoveConnectionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MoveConnectionResponse {

                /** Properties of a MoveConnectionResponse. */
                interface $Properties {

                    /** MoveConnectionResponse index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MoveConnectionResponse. */
                type $Shape = shoal.admin.v1.MoveConnectionResponse.$Properties;
            }

            /**
             * Properties of a ConnectionLoad.
             * @deprecated Use shoal.admin.v1.ConnectionLoad.$Properties instead.
             */
            interface IConnectionLoad extends shoal.admin.v1.ConnectionLoad.$Properties {
            }

            /** Represents a ConnectionLoad. */
            class ConnectionLoad {

                /**
                 * Constructs a new ConnectionLoad.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ConnectionLoad.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectionLoad id. */
                id: string;

                /** ConnectionLoad work. */
                work: number;

                /** ConnectionLoad pages. */
                pages: { [k: string]: number };

                /** ConnectionLoad movedFrom. */
                movedFrom: string;

                /**
                 * Creates a new ConnectionLoad instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectionLoad instance
                 */
                static create(properties: shoal.admin.v1.ConnectionLoad.$Shape): shoal.admin.v1.ConnectionLoad & shoal.admin.v1.ConnectionLoad.$Shape;
                static create(properties?: shoal.admin.v1.ConnectionLoad.$Properties): shoal.admin.v1.ConnectionLoad;

                /**
                 * Encodes the specified ConnectionLoad message. Does not implicitly {@link shoal.admin.v1.ConnectionLoad.verify|verify} messages.
                 * @param message ConnectionLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ConnectionLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectionLoad message, length delimited. Does not implicitly {@link shoal.admin.v1.ConnectionLoad.verify|verify} messages.
                 * @param message ConnectionLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ConnectionLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectionLoad message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ConnectionLoad & shoal.admin.v1.ConnectionLoad.$Shape} ConnectionLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ConnectionLoad & shoal.admin.v1.ConnectionLoad.$Shape;

                /**
                 * Decodes a ConnectionLoad message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ConnectionLoad & shoal.admin.v1.ConnectionLoad.$Shape} ConnectionLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ConnectionLoad & shoal.admin.v1.ConnectionLoad.$Shape;

                /**
                 * Verifies a ConnectionLoad message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectionLoad message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectionLoad
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ConnectionLoad;

                /**
                 * Creates a plain object from a ConnectionLoad message. Also converts values to other types if specified.
                 * @param message ConnectionLoad
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ConnectionLoad, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectionLoad to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectionLoad
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectionLoad {

                /** Properties of a ConnectionLoad. */
                interface $Properties {

                    /** ConnectionLoad id */
                    id?: (string|null);

                    /** ConnectionLoad work */
                    work?: (number|null);

                    /** ConnectionLoad pages */
                    pages?: ({ [k: string]: number }|null);

                    /** ConnectionLoad movedFrom */
                    movedFrom?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectionLoad. */
                type $Shape = shoal.admin.v1.ConnectionLoad.$Properties;
            }

            /**
             * Properties of a MemberLoad.
             * @deprecated Use shoal.admin.v1.MemberLoad.$Properties instead.
             */
            interface IMemberLoad extends shoal.admin.v1.MemberLoad.$Properties {
            }

            /** Represents a MemberLoad. */
            class MemberLoad {

                /**
                 * Constructs a new MemberLoad.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.MemberLoad.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberLoad memberId. */
                memberId: string;

                /** MemberLoad takenAtMs. */
                takenAtMs: number;

                /** MemberLoad intervalMs. */
                intervalMs: number;

                /** MemberLoad capacity. */
                capacity: number;

                /** MemberLoad utilization. */
                utilization: number;

                /** MemberLoad background. */
                background: number;

                /** MemberLoad requestsPerSecond. */
                requestsPerSecond: number;

                /** MemberLoad bytesPerSecond. */
                bytesPerSecond: number;

                /** MemberLoad connections. */
                connections: shoal.admin.v1.ConnectionLoad.$Properties[];

                /** MemberLoad otherConnections. */
                otherConnections: number;

                /** MemberLoad otherWork. */
                otherWork: number;

                /** MemberLoad appliedIndex. */
                appliedIndex: number;

                /**
                 * Creates a new MemberLoad instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberLoad instance
                 */
                static create(properties: shoal.admin.v1.MemberLoad.$Shape): shoal.admin.v1.MemberLoad & shoal.admin.v1.MemberLoad.$Shape;
                static create(properties?: shoal.admin.v1.MemberLoad.$Properties): shoal.admin.v1.MemberLoad;

                /**
                 * Encodes the specified MemberLoad message. Does not implicitly {@link shoal.admin.v1.MemberLoad.verify|verify} messages.
                 * @param message MemberLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.MemberLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MemberLoad message, length delimited. Does not implicitly {@link shoal.admin.v1.MemberLoad.verify|verify} messages.
                 * @param message MemberLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.MemberLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberLoad message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.MemberLoad & shoal.admin.v1.MemberLoad.$Shape} MemberLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.MemberLoad & shoal.admin.v1.MemberLoad.$Shape;

                /**
                 * Decodes a MemberLoad message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.MemberLoad & shoal.admin.v1.MemberLoad.$Shape} MemberLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.MemberLoad & shoal.admin.v1.MemberLoad.$Shape;

                /**
                 * Verifies a MemberLoad message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberLoad message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberLoad
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.MemberLoad;

                /**
                 * Creates a plain object from a MemberLoad message. Also converts values to other types if specified.
                 * @param message MemberLoad
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.MemberLoad, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberLoad to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberLoad
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberLoad {

                /** Properties of a MemberLoad. */
                interface $Properties {

                    /** MemberLoad memberId */
                    memberId?: (string|null);

                    /** MemberLoad takenAtMs */
                    takenAtMs?: (number|null);

                    /** MemberLoad intervalMs */
                    intervalMs?: (number|null);

                    /** MemberLoad capacity */
                    capacity?: (number|null);

                    /** MemberLoad utilization */
                    utilization?: (number|null);

                    /** MemberLoad background */
                    background?: (number|null);

                    /** MemberLoad requestsPerSecond */
                    requestsPerSecond?: (number|null);

                    /** MemberLoad bytesPerSecond */
                    bytesPerSecond?: (number|null);

                    /** MemberLoad connections */
                    connections?: (shoal.admin.v1.ConnectionLoad.$Properties[]|null);

                    /** MemberLoad otherConnections */
                    otherConnections?: (number|null);

                    /** MemberLoad otherWork */
                    otherWork?: (number|null);

                    /** MemberLoad appliedIndex */
                    appliedIndex?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberLoad. */
                type $Shape = shoal.admin.v1.MemberLoad.$Properties;
            }

            /**
             * Properties of a GetLoadRequest.
             * @deprecated Use shoal.admin.v1.GetLoadRequest.$Properties instead.
             */
            interface IGetLoadRequest extends shoal.admin.v1.GetLoadRequest.$Properties {
            }

            /** Represents a GetLoadRequest. */
            class GetLoadRequest {

                /**
                 * Constructs a new GetLoadRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetLoadRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetLoadRequest local. */
                local: boolean;

                /**
                 * Creates a new GetLoadRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetLoadRequest instance
                 */
                static create(properties: shoal.admin.v1.GetLoadRequest.$Shape): shoal.admin.v1.GetLoadRequest & shoal.admin.v1.GetLoadRequest.$Shape;
                static create(properties?: shoal.admin.v1.GetLoadRequest.$Properties): shoal.admin.v1.GetLoadRequest;

                /**
                 * Encodes the specified GetLoadRequest message. Does not implicitly {@link shoal.admin.v1.GetLoadRequest.verify|verify} messages.
                 * @param message GetLoadRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetLoadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetLoadRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.GetLoadRequest.verify|verify} messages.
                 * @param message GetLoadRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetLoadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetLoadRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetLoadRequest & shoal.admin.v1.GetLoadRequest.$Shape} GetLoadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetLoadRequest & shoal.admin.v1.GetLoadRequest.$Shape;

                /**
                 * Decodes a GetLoadRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetLoadRequest & shoal.admin.v1.GetLoadRequest.$Shape} GetLoadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetLoadRequest & shoal.admin.v1.GetLoadRequest.$Shape;

                /**
                 * Verifies a GetLoadRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetLoadRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetLoadRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetLoadRequest;

                /**
                 * Creates a plain object from a GetLoadRequest message. Also converts values to other types if specified.
                 * @param message GetLoadRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetLoadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetLoadRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetLoadRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetLoadRequest {

                /** Properties of a GetLoadRequest. */
                interface $Properties {

                    /** GetLoadRequest local */
                    local?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetLoadRequest. */
                type $Shape = shoal.admin.v1.GetLoadRequest.$Properties;
            }

            /**
             * Properties of a GetLoadResponse.
             * @deprecated Use shoal.admin.v1.GetLoadResponse.$Properties instead.
             */
            interface IGetLoadResponse extends shoal.admin.v1.GetLoadResponse.$Properties {
            }

            /** Represents a GetLoadResponse. */
            class GetLoadResponse {

                /**
                 * Constructs a new GetLoadResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetLoadResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetLoadResponse members. */
                members: shoal.admin.v1.MemberLoad.$Properties[];

                /** GetLoadResponse recentMoves. */
                recentMoves: shoal.admin.v1.RecentMove.$Properties[];

                /**
                 * Creates a new GetLoadResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetLoadResponse instance
                 */
                static create(properties: shoal.admin.v1.GetLoadResponse.$Shape): shoal.admin.v1.GetLoadResponse & shoal.admin.v1.GetLoadResponse.$Shape;
                static create(properties?: shoal.admin.v1.GetLoadResponse.$Properties): shoal.admin.v1.GetLoadResponse;

                /**
                 * Encodes the specified GetLoadResponse message. Does not implicitly {@link shoal.admin.v1.GetLoadResponse.verify|verify} messages.
                 * @param message GetLoadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetLoadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetLoadResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.GetLoadResponse.verify|verify} messages.
                 * @param message GetLoadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetLoadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetLoadResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetLoadResponse & shoal.admin.v1.GetLoadResponse.$Shape} GetLoadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetLoadResponse & shoal.admin.v1.GetLoadResponse.$Shape;

                /**
                 * Decodes a GetLoadResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetLoadResponse & shoal.admin.v1.GetLoadResponse.$Shape} GetLoadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetLoadResponse & shoal.admin.v1.GetLoadResponse.$Shape;

                /**
                 * Verifies a GetLoadResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetLoadResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetLoadResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetLoadResponse;

                /**
                 * Creates a plain object from a GetLoadResponse message. Also converts values to other types if specified.
                 * @param message GetLoadResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetLoadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetLoadResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetLoadResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetLoadResponse {

                /** Properties of a GetLoadResponse. */
                interface $Properties {

                    /** GetLoadResponse members */
                    members?: (shoal.admin.v1.MemberLoad.$Properties[]|null);

                    /** GetLoadResponse recentMoves */
                    recentMoves?: (shoal.admin.v1.RecentMove.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetLoadResponse. */
                type $Shape = shoal.admin.v1.GetLoadResponse.$Properties;
            }

            /**
             * Properties of a RecentMove.
             * @deprecated Use shoal.admin.v1.RecentMove.$Properties instead.
             */
            interface IRecentMove extends shoal.admin.v1.RecentMove.$Properties {
            }

            /** Represents a RecentMove. */
            class RecentMove {

                /**
                 * Constructs a new RecentMove.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.RecentMove.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecentMove connection. */
                connection: string;

                /** RecentMove from. */
                from: string;

                /** RecentMove to. */
                to: string;

                /** RecentMove atMs. */
                atMs: number;

                /** RecentMove index. */
                index: number;

                /**
                 * Creates a new RecentMove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecentMove instance
                 */
                static create(properties: shoal.admin.v1.RecentMove.$Shape): shoal.admin.v1.RecentMove & shoal.admin.v1.RecentMove.$Shape;
                static create(properties?: shoal.admin.v1.RecentMove.$Properties): shoal.admin.v1.RecentMove;

                /**
                 * Encodes the specified RecentMove message. Does not implicitly {@link shoal.admin.v1.RecentMove.verify|verify} messages.
                 * @param message RecentMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.RecentMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RecentMove message, length delimited. Does not implicitly {@link shoal.admin.v1.RecentMove.verify|verify} messages.
                 * @param message RecentMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.RecentMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecentMove message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.RecentMove & shoal.admin.v1.RecentMove.$Shape} RecentMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.RecentMove & shoal.admin.v1.RecentMove.$Shape;

                /**
                 * Decodes a RecentMove message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.RecentMove & shoal.admin.v1.RecentMove.$Shape} RecentMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.RecentMove & shoal.admin.v1.RecentMove.$Shape;

                /**
                 * Verifies a RecentMove message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RecentMove message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RecentMove
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.RecentMove;

                /**
                 * Creates a plain object from a RecentMove message. Also converts values to other types if specified.
                 * @param message RecentMove
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.RecentMove, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RecentMove to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RecentMove
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecentMove {

                /** Properties of a RecentMove. */
                interface $Properties {

                    /** RecentMove connection */
                    connection?: (string|null);

                    /** RecentMove from */
                    from?: (string|null);

                    /** RecentMove to */
                    to?: (string|null);

                    /** RecentMove atMs */
                    atMs?: (number|null);

                    /** RecentMove index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecentMove. */
                type $Shape = shoal.admin.v1.RecentMove.$Properties;
            }

            /**
             * Properties of a BalancerConfig.
             * @deprecated Use shoal.admin.v1.BalancerConfig.$Properties instead.
             */
            interface IBalancerConfig extends shoal.admin.v1.BalancerConfig.$Properties {
            }

            /** Represents a BalancerConfig. */
            class BalancerConfig {

                /**
                 * Constructs a new BalancerConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.BalancerConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BalancerConfig forwardOverhead. */
                forwardOverhead: number;

                /** BalancerConfig overloadRatio. */
                overloadRatio: number;

                /** BalancerConfig utilizationFloor. */
                utilizationFloor: number;

                /** BalancerConfig minGain. */
                minGain: number;

                /** BalancerConfig cooldownMs. */
                cooldownMs: number;

                /** BalancerConfig movesPerRoundMax. */
                movesPerRoundMax: number;

                /** BalancerConfig enabled. */
                enabled: boolean;

                /** BalancerConfig placement. */
                placement: string;

                /**
                 * Creates a new BalancerConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BalancerConfig instance
                 */
                static create(properties: shoal.admin.v1.BalancerConfig.$Shape): shoal.admin.v1.BalancerConfig & shoal.admin.v1.BalancerConfig.$Shape;
                static create(properties?: shoal.admin.v1.BalancerConfig.$Properties): shoal.admin.v1.BalancerConfig;

                /**
                 * Encodes the specified BalancerConfig message. Does not implicitly {@link shoal.admin.v1.BalancerConfig.verify|verify} messages.
                 * @param message BalancerConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.BalancerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BalancerConfig message, length delimited. Does not implicitly {@link shoal.admin.v1.BalancerConfig.verify|verify} messages.
                 * @param message BalancerConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.BalancerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BalancerConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.BalancerConfig & shoal.admin.v1.BalancerConfig.$Shape} BalancerConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.BalancerConfig & shoal.admin.v1.BalancerConfig.$Shape;

                /**
                 * Decodes a BalancerConfig message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.BalancerConfig & shoal.admin.v1.BalancerConfig.$Shape} BalancerConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.BalancerConfig & shoal.admin.v1.BalancerConfig.$Shape;

                /**
                 * Verifies a BalancerConfig message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BalancerConfig message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BalancerConfig
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.BalancerConfig;

                /**
                 * Creates a plain object from a BalancerConfig message. Also converts values to other types if specified.
                 * @param message BalancerConfig
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.BalancerConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BalancerConfig to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BalancerConfig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BalancerConfig {

                /** Properties of a BalancerConfig. */
                interface $Properties {

                    /** BalancerConfig forwardOverhead */
                    forwardOverhead?: (number|null);

                    /** BalancerConfig overloadRatio */
                    overloadRatio?: (number|null);

                    /** BalancerConfig utilizationFloor */
                    utilizationFloor?: (number|null);

                    /** BalancerConfig minGain */
                    minGain?: (number|null);

                    /** BalancerConfig cooldownMs */
                    cooldownMs?: (number|null);

                    /** BalancerConfig movesPerRoundMax */
                    movesPerRoundMax?: (number|null);

                    /** BalancerConfig enabled */
                    enabled?: (boolean|null);

                    /** BalancerConfig placement */
                    placement?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BalancerConfig. */
                type $Shape = shoal.admin.v1.BalancerConfig.$Properties;
            }

            /**
             * Properties of a GetBalancerConfigRequest.
             * @deprecated Use shoal.admin.v1.GetBalancerConfigRequest.$Properties instead.
             */
            interface IGetBalancerConfigRequest extends shoal.admin.v1.GetBalancerConfigRequest.$Properties {
            }

            /** Represents a GetBalancerConfigRequest. */
            class GetBalancerConfigRequest {

                /**
                 * Constructs a new GetBalancerConfigRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetBalancerConfigRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetBalancerConfigRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetBalancerConfigRequest instance
                 */
                static create(properties: shoal.admin.v1.GetBalancerConfigRequest.$Shape): shoal.admin.v1.GetBalancerConfigRequest & shoal.admin.v1.GetBalancerConfigRequest.$Shape;
                static create(properties?: shoal.admin.v1.GetBalancerConfigRequest.$Properties): shoal.admin.v1.GetBalancerConfigRequest;

                /**
                 * Encodes the specified GetBalancerConfigRequest message. Does not implicitly {@link shoal.admin.v1.GetBalancerConfigRequest.verify|verify} messages.
                 * @param message GetBalancerConfigRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetBalancerConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetBalancerConfigRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.GetBalancerConfigRequest.verify|verify} messages.
                 * @param message GetBalancerConfigRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetBalancerConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetBalancerConfigRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetBalancerConfigRequest & shoal.admin.v1.GetBalancerConfigRequest.$Shape} GetBalancerConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetBalancerConfigRequest & shoal.admin.v1.GetBalancerConfigRequest.$Shape;

                /**
                 * Decodes a GetBalancerConfigRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetBalancerConfigRequest & shoal.admin.v1.GetBalancerConfigRequest.$Shape} GetBalancerConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetBalancerConfigRequest & shoal.admin.v1.GetBalancerConfigRequest.$Shape;

                /**
                 * Verifies a GetBalancerConfigRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetBalancerConfigRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetBalancerConfigRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetBalancerConfigRequest;

                /**
                 * Creates a plain object from a GetBalancerConfigRequest message. Also converts values to other types if specified.
                 * @param message GetBalancerConfigRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetBalancerConfigRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetBalancerConfigRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetBalancerConfigRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetBalancerConfigRequest {

                /** Properties of a GetBalancerConfigRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetBalancerConfigRequest. */
                type $Shape = shoal.admin.v1.GetBalancerConfigRequest.$Properties;
            }

            /**
             * Properties of a GetBalancerConfigResponse.
             * @deprecated Use shoal.admin.v1.GetBalancerConfigResponse.$Properties instead.
             */
            interface IGetBalancerConfigResponse extends shoal.admin.v1.GetBalancerConfigResponse.$Properties {
            }

            /** Represents a GetBalancerConfigResponse. */
            class GetBalancerConfigResponse {

                /**
                 * Constructs a new GetBalancerConfigResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetBalancerConfigResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetBalancerConfigResponse config. */
                config?: (shoal.admin.v1.BalancerConfig.$Properties|null);

                /** GetBalancerConfigResponse replicated. */
                replicated: boolean;

                /**
                 * Creates a new GetBalancerConfigResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetBalancerConfigResponse instance
                 */
                static create(properties: shoal.admin.v1.GetBalancerConfigResponse.$Shape): shoal.admin.v1.GetBalancerConfigResponse & shoal.admin.v1.GetBalancerConfigResponse.$Shape;
                static create(properties?: shoal.admin.v1.GetBalancerConfigResponse.$Properties): shoal.admin.v1.GetBalancerConfigResponse;

                /**
                 * Encodes the specified GetBalancerConfigResponse message. Does not implicitly {@link shoal.admin.v1.GetBalancerConfigResponse.verify|verify} messages.
                 * @param message GetBalancerConfigResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetBalancerConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetBalancerConfigResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.GetBalancerConfigResponse.verify|verify} messages.
                 * @param message GetBalancerConfigResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetBalancerConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetBalancerConfigResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetBalancerConfigResponse & shoal.admin.v1.GetBalancerConfigResponse.$Shape} GetBalancerConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetBalancerConfigResponse & shoal.admin.v1.GetBalancerConfigResponse.$Shape;

                /**
                 * Decodes a GetBalancerConfigResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetBalancerConfigResponse & shoal.admin.v1.GetBalancerConfigResponse.$Shape} GetBalancerConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetBalancerConfigResponse & shoal.admin.v1.GetBalancerConfigResponse.$Shape;

                /**
                 * Verifies a GetBalancerConfigResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetBalancerConfigResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetBalancerConfigResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetBalancerConfigResponse;

                /**
                 * Creates a plain object from a GetBalancerConfigResponse message. Also converts values to other types if specified.
                 * @param message GetBalancerConfigResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetBalancerConfigResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetBalancerConfigResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetBalancerConfigResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetBalancerConfigResponse {

                /** Properties of a GetBalancerConfigResponse. */
                interface $Properties {

                    /** GetBalancerConfigResponse config */
                    config?: (shoal.admin.v1.BalancerConfig.$Properties|null);

                    /** GetBalancerConfigResponse replicated */
                    replicated?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetBalancerConfigResponse. */
                type $Shape = shoal.admin.v1.GetBalancerConfigResponse.$Properties;
            }

            /**
             * Properties of a SetBalancerConfigRequest.
             * @deprecated Use shoal.admin.v1.SetBalancerConfigRequest.$Properties instead.
             */
            interface ISetBalancerConfigRequest extends shoal.admin.v1.SetBalancerConfigRequest.$Properties {
            }

            /** Represents a SetBalancerConfigRequest. */
            class SetBalancerConfigRequest {

                /**
                 * Constructs a new SetBalancerConfigRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.SetBalancerConfigRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetBalancerConfigRequest config. */
                config?: (shoal.admin.v1.BalancerConfig.$Properties|null);

                /**
                 * Creates a new SetBalancerConfigRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetBalancerConfigRequest instance
                 */
                static create(properties: shoal.admin.v1.SetBalancerConfigRequest.$Shape): shoal.admin.v1.SetBalancerConfigRequest & shoal.admin.v1.SetBalancerConfigRequest.$Shape;
                static create(properties?: shoal.admin.v1.SetBalancerConfigRequest.$Properties): shoal.admin.v1.SetBalancerConfigRequest;

                /**
                 * Encodes the specified SetBalancerConfigRequest message. Does not implicitly {@link shoal.admin.v1.SetBalancerConfigRequest.verify|verify} messages.
                 * @param message SetBalancerConfigRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.SetBalancerConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetBalancerConfigRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.SetBalancerConfigRequest.verify|verify} messages.
                 * @param message SetBalancerConfigRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.SetBalancerConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetBalancerConfigRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.SetBalancerConfigRequest & shoal.admin.v1.SetBalancerConfigRequest.$Shape} SetBalancerConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.SetBalancerConfigRequest & shoal.admin.v1.SetBalancerConfigRequest.$Shape;

                /**
                 * Decodes a SetBalancerConfigRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.SetBalancerConfigRequest & shoal.admin.v1.SetBalancerConfigRequest.$Shape} SetBalancerConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.SetBalancerConfigRequest & shoal.admin.v1.SetBalancerConfigRequest.$Shape;

                /**
                 * Verifies a SetBalancerConfigRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetBalancerConfigRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetBalancerConfigRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.SetBalancerConfigRequest;

                /**
                 * Creates a plain object from a SetBalancerConfigRequest message. Also converts values to other types if specified.
                 * @param message SetBalancerConfigRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.SetBalancerConfigRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetBalancerConfigRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetBalancerConfigRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetBalancerConfigRequest {

                /** Properties of a SetBalancerConfigRequest. */
                interface $Properties {

                    /** SetBalancerConfigRequest config */
                    config?: (shoal.admin.v1.BalancerConfig.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetBalancerConfigRequest. */
                type $Shape = shoal.admin.v1.SetBalancerConfigRequest.$Properties;
            }

            /**
             * Properties of a SetBalancerConfigResponse.
             * @deprecated Use shoal.admin.v1.SetBalancerConfigResponse.$Properties instead.
             */
            interface ISetBalancerConfigResponse extends shoal.admin.v1.SetBalancerConfigResponse.$Properties {
            }

            /** Represents a SetBalancerConfigResponse. */
            class SetBalancerConfigResponse {

                /**
                 * Constructs a new SetBalancerConfigResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.SetBalancerConfigResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetBalancerConfigResponse config. */
                config?: (shoal.admin.v1.BalancerConfig.$Properties|null);

                /**
                 * Creates a new SetBalancerConfigResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetBalancerConfigResponse instance
                 */
                static create(properties: shoal.admin.v1.SetBalancerConfigResponse.$Shape): shoal.admin.v1.SetBalancerConfigResponse & shoal.admin.v1.SetBalancerConfigResponse.$Shape;
                static create(properties?: shoal.admin.v1.SetBalancerConfigResponse.$Properties): shoal.admin.v1.SetBalancerConfigResponse;

                /**
                 * Encodes the specified SetBalancerConfigResponse message. Does not implicitly {@link shoal.admin.v1.SetBalancerConfigResponse.verify|verify} messages.
                 * @param message SetBalancerConfigResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.SetBalancerConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetBalancerConfigResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.SetBalancerConfigResponse.verify|verify} messages.
                 * @param message SetBalancerConfigResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.SetBalancerConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetBalancerConfigResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.SetBalancerConfigResponse & shoal.admin.v1.SetBalancerConfigResponse.$Shape} SetBalancerConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.SetBalancerConfigResponse & shoal.admin.v1.SetBalancerConfigResponse.$Shape;

                /**
                 * Decodes a SetBalancerConfigResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.SetBalancerConfigResponse & shoal.admin.v1.SetBalancerConfigResponse.$Shape} SetBalancerConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.SetBalancerConfigResponse & shoal.admin.v1.SetBalancerConfigResponse.$Shape;

                /**
                 * Verifies a SetBalancerConfigResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetBalancerConfigResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetBalancerConfigResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.SetBalancerConfigResponse;

                /**
                 * Creates a plain object from a SetBalancerConfigResponse message. Also converts values to other types if specified.
                 * @param message SetBalancerConfigResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.SetBalancerConfigResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetBalancerConfigResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetBalancerConfigResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetBalancerConfigResponse {

                /** Properties of a SetBalancerConfigResponse. */
                interface $Properties {

                    /** SetBalancerConfigResponse config */
                    config?: (shoal.admin.v1.BalancerConfig.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetBalancerConfigResponse. */
                type $Shape = shoal.admin.v1.SetBalancerConfigResponse.$Properties;
            }

            /**
             * Properties of a PlannedMove.
             * @deprecated Use shoal.admin.v1.PlannedMove.$Properties instead.
             */
            interface IPlannedMove extends shoal.admin.v1.PlannedMove.$Properties {
            }

            /** Represents a PlannedMove. */
            class PlannedMove {

                /**
                 * Constructs a new PlannedMove.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.PlannedMove.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PlannedMove connection. */
                connection: string;

                /** PlannedMove from. */
                from: string;

                /** PlannedMove to. */
                to: string;

                /** PlannedMove gain. */
                gain: number;

                /**
                 * Creates a new PlannedMove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PlannedMove instance
                 */
                static create(properties: shoal.admin.v1.PlannedMove.$Shape): shoal.admin.v1.PlannedMove & shoal.admin.v1.PlannedMove.$Shape;
                static create(properties?: shoal.admin.v1.PlannedMove.$Properties): shoal.admin.v1.PlannedMove;

                /**
                 * Encodes the specified PlannedMove message. Does not implicitly {@link shoal.admin.v1.PlannedMove.verify|verify} messages.
                 * @param message PlannedMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.PlannedMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PlannedMove message, length delimited. Does not implicitly {@link shoal.admin.v1.PlannedMove.verify|verify} messages.
                 * @param message PlannedMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.PlannedMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PlannedMove message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.PlannedMove & shoal.admin.v1.PlannedMove.$Shape} PlannedMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.PlannedMove & shoal.admin.v1.PlannedMove.$Shape;

                /**
                 * Decodes a PlannedMove message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.PlannedMove & shoal.admin.v1.PlannedMove.$Shape} PlannedMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.PlannedMove & shoal.admin.v1.PlannedMove.$Shape;

                /**
                 * Verifies a PlannedMove message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PlannedMove message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PlannedMove
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.PlannedMove;

                /**
                 * Creates a plain object from a PlannedMove message. Also converts values to other types if specified.
                 * @param message PlannedMove
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.PlannedMove, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PlannedMove to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PlannedMove
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PlannedMove {

                /** Properties of a PlannedMove. */
                interface $Properties {

                    /** PlannedMove connection */
                    connection?: (string|null);

                    /** PlannedMove from */
                    from?: (string|null);

                    /** PlannedMove to */
                    to?: (string|null);

                    /** PlannedMove gain */
                    gain?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PlannedMove. */
                type $Shape = shoal.admin.v1.PlannedMove.$Properties;
            }

            /**
             * Properties of a Decision.
             * @deprecated Use shoal.admin.v1.Decision.$Properties instead.
             */
            interface IDecision extends shoal.admin.v1.Decision.$Properties {
            }

            /** Represents a Decision. */
            class Decision {

                /**
                 * Constructs a new Decision.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.Decision.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Decision roundIndex. */
                roundIndex: number;

                /** Decision nowMs. */
                nowMs: number;

                /** Decision moves. */
                moves: shoal.admin.v1.PlannedMove.$Properties[];

                /** Decision costBefore. */
                costBefore: number;

                /** Decision costAfter. */
                costAfter: number;

                /** Decision reasons. */
                reasons: string[];

                /** Decision utilization. */
                utilization: { [k: string]: number };

                /**
                 * Creates a new Decision instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Decision instance
                 */
                static create(properties: shoal.admin.v1.Decision.$Shape): shoal.admin.v1.Decision & shoal.admin.v1.Decision.$Shape;
                static create(properties?: shoal.admin.v1.Decision.$Properties): shoal.admin.v1.Decision;

                /**
                 * Encodes the specified Decision message. Does not implicitly {@link shoal.admin.v1.Decision.verify|verify} messages.
                 * @param message Decision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Decision message, length delimited. Does not implicitly {@link shoal.admin.v1.Decision.verify|verify} messages.
                 * @param message Decision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Decision message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.Decision & shoal.admin.v1.Decision.$Shape} Decision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.Decision & shoal.admin.v1.Decision.$Shape;

                /**
                 * Decodes a Decision message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.Decision & shoal.admin.v1.Decision.$Shape} Decision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.Decision & shoal.admin.v1.Decision.$Shape;

                /**
                 * Verifies a Decision message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Decision message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Decision
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.Decision;

                /**
                 * Creates a plain object from a Decision message. Also converts values to other types if specified.
                 * @param message Decision
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.Decision, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Decision to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Decision
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Decision {

                /** Properties of a Decision. */
                interface $Properties {

                    /** Decision roundIndex */
                    roundIndex?: (number|null);

                    /** Decision nowMs */
                    nowMs?: (number|null);

                    /** Decision moves */
                    moves?: (shoal.admin.v1.PlannedMove.$Properties[]|null);

                    /** Decision costBefore */
                    costBefore?: (number|null);

                    /** Decision costAfter */
                    costAfter?: (number|null);

                    /** Decision reasons */
                    reasons?: (string[]|null);

                    /** Decision utilization */
                    utilization?: ({ [k: string]: number }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Decision. */
                type $Shape = shoal.admin.v1.Decision.$Properties;
            }

            /**
             * Properties of a ListDecisionsRequest.
             * @deprecated Use shoal.admin.v1.ListDecisionsRequest.$Properties instead.
             */
            interface IListDecisionsRequest extends shoal.admin.v1.ListDecisionsRequest.$Properties {
            }

            /** Represents a ListDecisionsRequest. */
            class ListDecisionsRequest {

                /**
                 * Constructs a new ListDecisionsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListDecisionsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ListDecisionsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDecisionsRequest instance
                 */
                static create(properties: shoal.admin.v1.ListDecisionsRequest.$Shape): shoal.admin.v1.ListDecisionsRequest & shoal.admin.v1.ListDecisionsRequest.$Shape;
                static create(properties?: shoal.admin.v1.ListDecisionsRequest.$Properties): shoal.admin.v1.ListDecisionsRequest;

                /**
                 * Encodes the specified ListDecisionsRequest message. Does not implicitly {@link shoal.admin.v1.ListDecisionsRequest.verify|verify} messages.
                 * @param message ListDecisionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListDecisionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListDecisionsRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.ListDecisionsRequest.verify|verify} messages.
                 * @param message ListDecisionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListDecisionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDecisionsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListDecisionsRequest & shoal.admin.v1.ListDecisionsRequest.$Shape} ListDecisionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListDecisionsRequest & shoal.admin.v1.ListDecisionsRequest.$Shape;

                /**
                 * Decodes a ListDecisionsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListDecisionsRequest & shoal.admin.v1.ListDecisionsRequest.$Shape} ListDecisionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListDecisionsRequest & shoal.admin.v1.ListDecisionsRequest.$Shape;

                /**
                 * Verifies a ListDecisionsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDecisionsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDecisionsRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListDecisionsRequest;

                /**
                 * Creates a plain object from a ListDecisionsRequest message. Also converts values to other types if specified.
                 * @param message ListDecisionsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListDecisionsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDecisionsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListDecisionsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListDecisionsRequest {

                /** Properties of a ListDecisionsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDecisionsRequest. */
                type $Shape = shoal.admin.v1.ListDecisionsRequest.$Properties;
            }

            /**
             * Properties of a ListDecisionsResponse.
             * @deprecated Use shoal.admin.v1.ListDecisionsResponse.$Properties instead.
             */
            interface IListDecisionsResponse extends shoal.admin.v1.ListDecisionsResponse.$Properties {
            }

            /** Represents a ListDecisionsResponse. */
            class ListDecisionsResponse {

                /**
                 * Constructs a new ListDecisionsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.ListDecisionsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListDecisionsResponse decisions. */
                decisions: shoal.admin.v1.Decision.$Properties[];

                /**
                 * Creates a new ListDecisionsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDecisionsResponse instance
                 */
                static create(properties: shoal.admin.v1.ListDecisionsResponse.$Shape): shoal.admin.v1.ListDecisionsResponse & shoal.admin.v1.ListDecisionsResponse.$Shape;
                static create(properties?: shoal.admin.v1.ListDecisionsResponse.$Properties): shoal.admin.v1.ListDecisionsResponse;

                /**
                 * Encodes the specified ListDecisionsResponse message. Does not implicitly {@link shoal.admin.v1.ListDecisionsResponse.verify|verify} messages.
                 * @param message ListDecisionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.ListDecisionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListDecisionsResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.ListDecisionsResponse.verify|verify} messages.
                 * @param message ListDecisionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.ListDecisionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDecisionsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.ListDecisionsResponse & shoal.admin.v1.ListDecisionsResponse.$Shape} ListDecisionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.ListDecisionsResponse & shoal.admin.v1.ListDecisionsResponse.$Shape;

                /**
                 * Decodes a ListDecisionsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.ListDecisionsResponse & shoal.admin.v1.ListDecisionsResponse.$Shape} ListDecisionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.ListDecisionsResponse & shoal.admin.v1.ListDecisionsResponse.$Shape;

                /**
                 * Verifies a ListDecisionsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDecisionsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDecisionsResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.ListDecisionsResponse;

                /**
                 * Creates a plain object from a ListDecisionsResponse message. Also converts values to other types if specified.
                 * @param message ListDecisionsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.ListDecisionsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDecisionsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListDecisionsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListDecisionsResponse {

                /** Properties of a ListDecisionsResponse. */
                interface $Properties {

                    /** ListDecisionsResponse decisions */
                    decisions?: (shoal.admin.v1.Decision.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDecisionsResponse. */
                type $Shape = shoal.admin.v1.ListDecisionsResponse.$Properties;
            }

            /**
             * Properties of a GetStateDigestRequest.
             * @deprecated Use shoal.admin.v1.GetStateDigestRequest.$Properties instead.
             */
            interface IGetStateDigestRequest extends shoal.admin.v1.GetStateDigestRequest.$Properties {
            }

            /** Represents a GetStateDigestRequest. */
            class GetStateDigestRequest {

                /**
                 * Constructs a new GetStateDigestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetStateDigestRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetStateDigestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetStateDigestRequest instance
                 */
                static create(properties: shoal.admin.v1.GetStateDigestRequest.$Shape): shoal.admin.v1.GetStateDigestRequest & shoal.admin.v1.GetStateDigestRequest.$Shape;
                static create(properties?: shoal.admin.v1.GetStateDigestRequest.$Properties): shoal.admin.v1.GetStateDigestRequest;

                /**
                 * Encodes the specified GetStateDigestRequest message. Does not implicitly {@link shoal.admin.v1.GetStateDigestRequest.verify|verify} messages.
                 * @param message GetStateDigestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetStateDigestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetStateDigestRequest message, length delimited. Does not implicitly {@link shoal.admin.v1.GetStateDigestRequest.verify|verify} messages.
                 * @param message GetStateDigestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetStateDigestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetStateDigestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetStateDigestRequest & shoal.admin.v1.GetStateDigestRequest.$Shape} GetStateDigestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetStateDigestRequest & shoal.admin.v1.GetStateDigestRequest.$Shape;

                /**
                 * Decodes a GetStateDigestRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetStateDigestRequest & shoal.admin.v1.GetStateDigestRequest.$Shape} GetStateDigestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetStateDigestRequest & shoal.admin.v1.GetStateDigestRequest.$Shape;

                /**
                 * Verifies a GetStateDigestRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetStateDigestRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetStateDigestRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetStateDigestRequest;

                /**
                 * Creates a plain object from a GetStateDigestRequest message. Also converts values to other types if specified.
                 * @param message GetStateDigestRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetStateDigestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetStateDigestRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetStateDigestRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetStateDigestRequest {

                /** Properties of a GetStateDigestRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetStateDigestRequest. */
                type $Shape = shoal.admin.v1.GetStateDigestRequest.$Properties;
            }

            /**
             * Properties of a GetStateDigestResponse.
             * @deprecated Use shoal.admin.v1.GetStateDigestResponse.$Properties instead.
             */
            interface IGetStateDigestResponse extends shoal.admin.v1.GetStateDigestResponse.$Properties {
            }

            /** Represents a GetStateDigestResponse. */
            class GetStateDigestResponse {

                /**
                 * Constructs a new GetStateDigestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.admin.v1.GetStateDigestResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetStateDigestResponse memberId. */
                memberId: string;

                /** GetStateDigestResponse appliedIndex. */
                appliedIndex: number;

                /** GetStateDigestResponse logDigest. */
                logDigest: string;

                /** GetStateDigestResponse stateDigest. */
                stateDigest: string;

                /**
                 * Creates a new GetStateDigestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetStateDigestResponse instance
                 */
                static create(properties: shoal.admin.v1.GetStateDigestResponse.$Shape): shoal.admin.v1.GetStateDigestResponse & shoal.admin.v1.GetStateDigestResponse.$Shape;
                static create(properties?: shoal.admin.v1.GetStateDigestResponse.$Properties): shoal.admin.v1.GetStateDigestResponse;

                /**
                 * Encodes the specified GetStateDigestResponse message. Does not implicitly {@link shoal.admin.v1.GetStateDigestResponse.verify|verify} messages.
                 * @param message GetStateDigestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.admin.v1.GetStateDigestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetStateDigestResponse message, length delimited. Does not implicitly {@link shoal.admin.v1.GetStateDigestResponse.verify|verify} messages.
                 * @param message GetStateDigestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.admin.v1.GetStateDigestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetStateDigestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.admin.v1.GetStateDigestResponse & shoal.admin.v1.GetStateDigestResponse.$Shape} GetStateDigestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.admin.v1.GetStateDigestResponse & shoal.admin.v1.GetStateDigestResponse.$Shape;

                /**
                 * Decodes a GetStateDigestResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.admin.v1.GetStateDigestResponse & shoal.admin.v1.GetStateDigestResponse.$Shape} GetStateDigestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.admin.v1.GetStateDigestResponse & shoal.admin.v1.GetStateDigestResponse.$Shape;

                /**
                 * Verifies a GetStateDigestResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetStateDigestResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetStateDigestResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.admin.v1.GetStateDigestResponse;

                /**
                 * Creates a plain object from a GetStateDigestResponse message. Also converts values to other types if specified.
                 * @param message GetStateDigestResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.admin.v1.GetStateDigestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetStateDigestResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetStateDigestResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetStateDigestResponse {

                /** Properties of a GetStateDigestResponse. */
                interface $Properties {

                    /** GetStateDigestResponse memberId */
                    memberId?: (string|null);

                    /** GetStateDigestResponse appliedIndex */
                    appliedIndex?: (number|null);

                    /** GetStateDigestResponse logDigest */
                    logDigest?: (string|null);

                    /** GetStateDigestResponse stateDigest */
                    stateDigest?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetStateDigestResponse. */
                type $Shape = shoal.admin.v1.GetStateDigestResponse.$Properties;
            }
        }
    }

    /** Namespace cluster. */
    namespace cluster {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a MemberInfo.
             * @deprecated Use shoal.cluster.v1.MemberInfo.$Properties instead.
             */
            interface IMemberInfo extends shoal.cluster.v1.MemberInfo.$Properties {
            }

            /** Represents a MemberInfo. */
            class MemberInfo {

                /**
                 * Constructs a new MemberInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.MemberInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberInfo id. */
                id: string;

                /** MemberInfo clientUrl. */
                clientUrl: string;

                /** MemberInfo peerAddress. */
                peerAddress: string;

                /**
                 * Creates a new MemberInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberInfo instance
                 */
                static create(properties: shoal.cluster.v1.MemberInfo.$Shape): shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape;
                static create(properties?: shoal.cluster.v1.MemberInfo.$Properties): shoal.cluster.v1.MemberInfo;

                /**
                 * Encodes the specified MemberInfo message. Does not implicitly {@link shoal.cluster.v1.MemberInfo.verify|verify} messages.
                 * @param message MemberInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.MemberInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MemberInfo message, length delimited. Does not implicitly {@link shoal.cluster.v1.MemberInfo.verify|verify} messages.
                 * @param message MemberInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.MemberInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape} MemberInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape;

                /**
                 * Decodes a MemberInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape} MemberInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.MemberInfo & shoal.cluster.v1.MemberInfo.$Shape;

                /**
                 * Verifies a MemberInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberInfo
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.MemberInfo;

                /**
                 * Creates a plain object from a MemberInfo message. Also converts values to other types if specified.
                 * @param message MemberInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.MemberInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberInfo {

                /** Properties of a MemberInfo. */
                interface $Properties {

                    /** MemberInfo id */
                    id?: (string|null);

                    /** MemberInfo clientUrl */
                    clientUrl?: (string|null);

                    /** MemberInfo peerAddress */
                    peerAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberInfo. */
                type $Shape = shoal.cluster.v1.MemberInfo.$Properties;
            }

            /**
             * Properties of a Command.
             * @deprecated Use shoal.cluster.v1.Command.$Properties instead.
             */
            interface ICommand extends shoal.cluster.v1.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command requestId. */
                requestId: string;

                /** Command noop. */
                noop?: (shoal.cluster.v1.Noop.$Properties|null);

                /** Command updateMember. */
                updateMember?: (shoal.cluster.v1.MemberInfo.$Properties|null);

                /** Command createVolume. */
                createVolume?: (shoal.cluster.v1.CreateVolume.$Properties|null);

                /** Command deleteVolume. */
                deleteVolume?: (shoal.cluster.v1.DeleteVolume.$Properties|null);

                /** Command moveConnections. */
                moveConnections?: (shoal.cluster.v1.MoveConnections.$Properties|null);

                /** Command reportLoad. */
                reportLoad?: (shoal.cluster.v1.LoadSnapshot.$Properties|null);

                /** Command balancePlan. */
                balancePlan?: (shoal.cluster.v1.BalancePlan.$Properties|null);

                /** Command setBalancer. */
                setBalancer?: (shoal.cluster.v1.BalancerSettings.$Properties|null);

                /** Command body. */
                body?: ("noop"|"updateMember"|"createVolume"|"deleteVolume"|"moveConnections"|"reportLoad"|"balancePlan"|"setBalancer");

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: shoal.cluster.v1.Command.$Shape): shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape;
                static create(properties?: shoal.cluster.v1.Command.$Properties): shoal.cluster.v1.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link shoal.cluster.v1.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Command message, length delimited. Does not implicitly {@link shoal.cluster.v1.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape;

                /**
                 * Decodes a Command message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.Command & shoal.cluster.v1.Command.$Shape;

                /**
                 * Verifies a Command message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Command
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Command
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command requestId */
                    requestId?: (string|null);

                    /** Command noop */
                    noop?: (shoal.cluster.v1.Noop.$Properties|null);

                    /** Command updateMember */
                    updateMember?: (shoal.cluster.v1.MemberInfo.$Properties|null);

                    /** Command createVolume */
                    createVolume?: (shoal.cluster.v1.CreateVolume.$Properties|null);

                    /** Command deleteVolume */
                    deleteVolume?: (shoal.cluster.v1.DeleteVolume.$Properties|null);

                    /** Command moveConnections */
                    moveConnections?: (shoal.cluster.v1.MoveConnections.$Properties|null);

                    /** Command reportLoad */
                    reportLoad?: (shoal.cluster.v1.LoadSnapshot.$Properties|null);

                    /** Command balancePlan */
                    balancePlan?: (shoal.cluster.v1.BalancePlan.$Properties|null);

                    /** Command setBalancer */
                    setBalancer?: (shoal.cluster.v1.BalancerSettings.$Properties|null);

                    /** Command body */
                    body?: ("noop"|"updateMember"|"createVolume"|"deleteVolume"|"moveConnections"|"reportLoad"|"balancePlan"|"setBalancer");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Command. */
                type $Shape = {
                  requestId?: string|null;
                  noop?: shoal.cluster.v1.Noop.$Shape|null;
                  updateMember?: shoal.cluster.v1.MemberInfo.$Shape|null;
                  createVolume?: shoal.cluster.v1.CreateVolume.$Shape|null;
                  deleteVolume?: shoal.cluster.v1.DeleteVolume.$Shape|null;
                  moveConnections?: shoal.cluster.v1.MoveConnections.$Shape|null;
                  reportLoad?: shoal.cluster.v1.LoadSnapshot.$Shape|null;
                  balancePlan?: shoal.cluster.v1.BalancePlan.$Shape|null;
                  setBalancer?: shoal.cluster.v1.BalancerSettings.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; noop?: null; updateMember?: null; createVolume?: null; deleteVolume?: null; moveConnections?: null; reportLoad?: null; balancePlan?: null; setBalancer?: null }|{ body?: "noop"; noop: shoal.cluster.v1.Noop.$Shape; updateMember?: null; createVolume?: null; deleteVolume?: null; moveConnections?: null; reportLoad?: null; balancePlan?: null; setBalancer?: null }|{ body?: "updateMember"; noop?: null; updateMember: shoal.cluster.v1.MemberInfo.$Shape; createVolume?: null; deleteVolume?: null; moveConnections?: null; reportLoad?: null; balancePlan?: null; setBalancer?: null }|{ body?: "createVolume"; noop?: null; updateMember?: null; createVolume: shoal.cluster.v1.CreateVolume.$Shape; deleteVolume?: null; moveConnections?: null; reportLoad?: null; balancePlan?: null; setBalancer?: null }|{ body?: "deleteVolume"; noop?: null; updateMember?: null; createVolume?: null; deleteVolume: shoal.cluster.v1.DeleteVolume.$Shape; moveConnections?: null; reportLoad?: null; balancePlan?: null; setBalancer?: null }|{ body?: "moveConnections"; noop?: null; updateMember?: null; createVolume?: null; deleteVolume?: null; moveConnections: shoal.cluster.v1.MoveConnections.$Shape; reportLoad?: null; balancePlan?: null; setBalancer?: null }|{ body?: "reportLoad"; noop?: null; updateMember?: null; createVolume?: null; deleteVolume?: null; moveConnections?: null; reportLoad: shoal.cluster.v1.LoadSnapshot.$Shape; balancePlan?: null; setBalancer?: null }|{ body?: "balancePlan"; noop?: null; updateMember?: null; createVolume?: null; deleteVolume?: null; moveConnections?: null; reportLoad?: null; balancePlan: shoal.cluster.v1.BalancePlan.$Shape; setBalancer?: null }|{ body?: "setBalancer"; noop?: null; updateMember?: null; createVolume?: null; deleteVolume?: null; moveConnections?: null; reportLoad?: null; balancePlan?: null; setBalancer: shoal.cluster.v1.BalancerSettings.$Shape })
                );
            }

            /**
             * Properties of a BalancerSettings.
             * @deprecated Use shoal.cluster.v1.BalancerSettings.$Properties instead.
             */
            interface IBalancerSettings extends shoal.cluster.v1.BalancerSettings.$Properties {
            }

            /** Represents a BalancerSettings. */
            class BalancerSettings {

                /**
                 * Constructs a new BalancerSettings.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.BalancerSettings.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BalancerSettings forwardOverhead. */
                forwardOverhead: number;

                /** BalancerSettings overloadRatio. */
                overloadRatio: number;

                /** BalancerSettings utilizationFloor. */
                utilizationFloor: number;

                /** BalancerSettings minGain. */
                minGain: number;

                /** BalancerSettings cooldownMs. */
                cooldownMs: number;

                /** BalancerSettings movesPerRoundMax. */
                movesPerRoundMax: number;

                /** BalancerSettings enabled. */
                enabled: boolean;

                /** BalancerSettings placement. */
                placement: string;

                /**
                 * Creates a new BalancerSettings instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BalancerSettings instance
                 */
                static create(properties: shoal.cluster.v1.BalancerSettings.$Shape): shoal.cluster.v1.BalancerSettings & shoal.cluster.v1.BalancerSettings.$Shape;
                static create(properties?: shoal.cluster.v1.BalancerSettings.$Properties): shoal.cluster.v1.BalancerSettings;

                /**
                 * Encodes the specified BalancerSettings message. Does not implicitly {@link shoal.cluster.v1.BalancerSettings.verify|verify} messages.
                 * @param message BalancerSettings message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.BalancerSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BalancerSettings message, length delimited. Does not implicitly {@link shoal.cluster.v1.BalancerSettings.verify|verify} messages.
                 * @param message BalancerSettings message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.BalancerSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BalancerSettings message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.BalancerSettings & shoal.cluster.v1.BalancerSettings.$Shape} BalancerSettings
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.BalancerSettings & shoal.cluster.v1.BalancerSettings.$Shape;

                /**
                 * Decodes a BalancerSettings message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.BalancerSettings & shoal.cluster.v1.BalancerSettings.$Shape} BalancerSettings
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.BalancerSettings & shoal.cluster.v1.BalancerSettings.$Shape;

                /**
                 * Verifies a BalancerSettings message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BalancerSettings message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BalancerSettings
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.BalancerSettings;

                /**
                 * Creates a plain object from a BalancerSettings message. Also converts values to other types if specified.
                 * @param message BalancerSettings
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.BalancerSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BalancerSettings to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BalancerSettings
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BalancerSettings {

                /** Properties of a BalancerSettings. */
                interface $Properties {

                    /** BalancerSettings forwardOverhead */
                    forwardOverhead?: (number|null);

                    /** BalancerSettings overloadRatio */
                    overloadRatio?: (number|null);

                    /** BalancerSettings utilizationFloor */
                    utilizationFloor?: (number|null);

                    /** BalancerSettings minGain */
                    minGain?: (number|null);

                    /** BalancerSettings cooldownMs */
                    cooldownMs?: (number|null);

                    /** BalancerSettings movesPerRoundMax */
                    movesPerRoundMax?: (number|null);

                    /** BalancerSettings enabled */
                    enabled?: (boolean|null);

                    /** BalancerSettings placement */
                    placement?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BalancerSettings. */
                type $Shape = shoal.cluster.v1.BalancerSettings.$Properties;
            }

            /**
             * Properties of a BalancePlan.
             * @deprecated Use shoal.cluster.v1.BalancePlan.$Properties instead.
             */
            interface IBalancePlan extends shoal.cluster.v1.BalancePlan.$Properties {
            }

            /** Represents a BalancePlan. */
            class BalancePlan {

                /**
                 * Constructs a new BalancePlan.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.BalancePlan.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BalancePlan computedAtIndex. */
                computedAtIndex: number;

                /** BalancePlan nowMs. */
                nowMs: number;

                /** BalancePlan moves. */
                moves: shoal.cluster.v1.ConnectionMove.$Properties[];

                /** BalancePlan costBefore. */
                costBefore: number;

                /** BalancePlan costAfter. */
                costAfter: number;

                /**
                 * Creates a new BalancePlan instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BalancePlan instance
                 */
                static create(properties: shoal.cluster.v1.BalancePlan.$Shape): shoal.cluster.v1.BalancePlan & shoal.cluster.v1.BalancePlan.$Shape;
                static create(properties?: shoal.cluster.v1.BalancePlan.$Properties): shoal.cluster.v1.BalancePlan;

                /**
                 * Encodes the specified BalancePlan message. Does not implicitly {@link shoal.cluster.v1.BalancePlan.verify|verify} messages.
                 * @param message BalancePlan message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.BalancePlan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BalancePlan message, length delimited. Does not implicitly {@link shoal.cluster.v1.BalancePlan.verify|verify} messages.
                 * @param message BalancePlan message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.BalancePlan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BalancePlan message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.BalancePlan & shoal.cluster.v1.BalancePlan.$Shape} BalancePlan
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.BalancePlan & shoal.cluster.v1.BalancePlan.$Shape;

                /**
                 * Decodes a BalancePlan message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.BalancePlan & shoal.cluster.v1.BalancePlan.$Shape} BalancePlan
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.BalancePlan & shoal.cluster.v1.BalancePlan.$Shape;

                /**
                 * Verifies a BalancePlan message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BalancePlan message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BalancePlan
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.BalancePlan;

                /**
                 * Creates a plain object from a BalancePlan message. Also converts values to other types if specified.
                 * @param message BalancePlan
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.BalancePlan, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BalancePlan to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BalancePlan
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BalancePlan {

                /** Properties of a BalancePlan. */
                interface $Properties {

                    /** BalancePlan computedAtIndex */
                    computedAtIndex?: (number|null);

                    /** BalancePlan nowMs */
                    nowMs?: (number|null);

                    /** BalancePlan moves */
                    moves?: (shoal.cluster.v1.ConnectionMove.$Properties[]|null);

                    /** BalancePlan costBefore */
                    costBefore?: (number|null);

                    /** BalancePlan costAfter */
                    costAfter?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BalancePlan. */
                type $Shape = shoal.cluster.v1.BalancePlan.$Properties;
            }

            /**
             * Properties of a ConnectionLoad.
             * @deprecated Use shoal.cluster.v1.ConnectionLoad.$Properties instead.
             */
            interface IConnectionLoad extends shoal.cluster.v1.ConnectionLoad.$Properties {
            }

            /** Represents a ConnectionLoad. */
            class ConnectionLoad {

                /**
                 * Constructs a new ConnectionLoad.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.ConnectionLoad.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectionLoad id. */
                id: string;

                /** ConnectionLoad work. */
                work: number;

                /** ConnectionLoad pages. */
                pages: { [k: string]: number };

                /** ConnectionLoad movedFrom. */
                movedFrom: string;

                /**
                 * Creates a new ConnectionLoad instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectionLoad instance
                 */
                static create(properties: shoal.cluster.v1.ConnectionLoad.$Shape): shoal.cluster.v1.ConnectionLoad & shoal.cluster.v1.ConnectionLoad.$Shape;
                static create(properties?: shoal.cluster.v1.ConnectionLoad.$Properties): shoal.cluster.v1.ConnectionLoad;

                /**
                 * Encodes the specified ConnectionLoad message. Does not implicitly {@link shoal.cluster.v1.ConnectionLoad.verify|verify} messages.
                 * @param message ConnectionLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.ConnectionLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectionLoad message, length delimited. Does not implicitly {@link shoal.cluster.v1.ConnectionLoad.verify|verify} messages.
                 * @param message ConnectionLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.ConnectionLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectionLoad message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.ConnectionLoad & shoal.cluster.v1.ConnectionLoad.$Shape} ConnectionLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.ConnectionLoad & shoal.cluster.v1.ConnectionLoad.$Shape;

                /**
                 * Decodes a ConnectionLoad message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.ConnectionLoad & shoal.cluster.v1.ConnectionLoad.$Shape} ConnectionLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.ConnectionLoad & shoal.cluster.v1.ConnectionLoad.$Shape;

                /**
                 * Verifies a ConnectionLoad message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectionLoad message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectionLoad
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.ConnectionLoad;

                /**
                 * Creates a plain object from a ConnectionLoad message. Also converts values to other types if specified.
                 * @param message ConnectionLoad
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.ConnectionLoad, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectionLoad to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectionLoad
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectionLoad {

                /** Properties of a ConnectionLoad. */
                interface $Properties {

                    /** ConnectionLoad id */
                    id?: (string|null);

                    /** ConnectionLoad work */
                    work?: (number|null);

                    /** ConnectionLoad pages */
                    pages?: ({ [k: string]: number }|null);

                    /** ConnectionLoad movedFrom */
                    movedFrom?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectionLoad. */
                type $Shape = shoal.cluster.v1.ConnectionLoad.$Properties;
            }

            /**
             * Properties of a LoadSnapshot.
             * @deprecated Use shoal.cluster.v1.LoadSnapshot.$Properties instead.
             */
            interface ILoadSnapshot extends shoal.cluster.v1.LoadSnapshot.$Properties {
            }

            /** Represents a LoadSnapshot. */
            class LoadSnapshot {

                /**
                 * Constructs a new LoadSnapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.LoadSnapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoadSnapshot memberId. */
                memberId: string;

                /** LoadSnapshot takenAtMs. */
                takenAtMs: number;

                /** LoadSnapshot intervalMs. */
                intervalMs: number;

                /** LoadSnapshot capacity. */
                capacity: number;

                /** LoadSnapshot utilization. */
                utilization: number;

                /** LoadSnapshot background. */
                background: number;

                /** LoadSnapshot requestsPerSecond. */
                requestsPerSecond: number;

                /** LoadSnapshot bytesPerSecond. */
                bytesPerSecond: number;

                /** LoadSnapshot connections. */
                connections: shoal.cluster.v1.ConnectionLoad.$Properties[];

                /** LoadSnapshot otherConnections. */
                otherConnections: number;

                /** LoadSnapshot otherWork. */
                otherWork: number;

                /**
                 * Creates a new LoadSnapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoadSnapshot instance
                 */
                static create(properties: shoal.cluster.v1.LoadSnapshot.$Shape): shoal.cluster.v1.LoadSnapshot & shoal.cluster.v1.LoadSnapshot.$Shape;
                static create(properties?: shoal.cluster.v1.LoadSnapshot.$Properties): shoal.cluster.v1.LoadSnapshot;

                /**
                 * Encodes the specified LoadSnapshot message. Does not implicitly {@link shoal.cluster.v1.LoadSnapshot.verify|verify} messages.
                 * @param message LoadSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.LoadSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoadSnapshot message, length delimited. Does not implicitly {@link shoal.cluster.v1.LoadSnapshot.verify|verify} messages.
                 * @param message LoadSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.LoadSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoadSnapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.LoadSnapshot & shoal.cluster.v1.LoadSnapshot.$Shape} LoadSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.LoadSnapshot & shoal.cluster.v1.LoadSnapshot.$Shape;

                /**
                 * Decodes a LoadSnapshot message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.LoadSnapshot & shoal.cluster.v1.LoadSnapshot.$Shape} LoadSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.LoadSnapshot & shoal.cluster.v1.LoadSnapshot.$Shape;

                /**
                 * Verifies a LoadSnapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoadSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoadSnapshot
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.LoadSnapshot;

                /**
                 * Creates a plain object from a LoadSnapshot message. Also converts values to other types if specified.
                 * @param message LoadSnapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.LoadSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoadSnapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LoadSnapshot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoadSnapshot {

                /** Properties of a LoadSnapshot. */
                interface $Properties {

                    /** LoadSnapshot memberId */
                    memberId?: (string|null);

                    /** LoadSnapshot takenAtMs */
                    takenAtMs?: (number|null);

                    /** LoadSnapshot intervalMs */
                    intervalMs?: (number|null);

                    /** LoadSnapshot capacity */
                    capacity?: (number|null);

                    /** LoadSnapshot utilization */
                    utilization?: (number|null);

                    /** LoadSnapshot background */
                    background?: (number|null);

                    /** LoadSnapshot requestsPerSecond */
                    requestsPerSecond?: (number|null);

                    /** LoadSnapshot bytesPerSecond */
                    bytesPerSecond?: (number|null);

                    /** LoadSnapshot connections */
                    connections?: (shoal.cluster.v1.ConnectionLoad.$Properties[]|null);

                    /** LoadSnapshot otherConnections */
                    otherConnections?: (number|null);

                    /** LoadSnapshot otherWork */
                    otherWork?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LoadSnapshot. */
                type $Shape = shoal.cluster.v1.LoadSnapshot.$Properties;
            }

            /**
             * Properties of a ConnectionMove.
             * @deprecated Use shoal.cluster.v1.ConnectionMove.$Properties instead.
             */
            interface IConnectionMove extends shoal.cluster.v1.ConnectionMove.$Properties {
            }

            /** Represents a ConnectionMove. */
            class ConnectionMove {

                /**
                 * Constructs a new ConnectionMove.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.ConnectionMove.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectionMove connection. */
                connection: string;

                /** ConnectionMove from. */
                from: string;

                /** ConnectionMove to. */
                to: string;

                /**
                 * Creates a new ConnectionMove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectionMove instance
                 */
                static create(properties: shoal.cluster.v1.ConnectionMove.$Shape): shoal.cluster.v1.ConnectionMove & shoal.cluster.v1.ConnectionMove.$Shape;
                static create(properties?: shoal.cluster.v1.ConnectionMove.$Properties): shoal.cluster.v1.ConnectionMove;

                /**
                 * Encodes the specified ConnectionMove message. Does not implicitly {@link shoal.cluster.v1.ConnectionMove.verify|verify} messages.
                 * @param message ConnectionMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.ConnectionMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectionMove message, length delimited. Does not implicitly {@link shoal.cluster.v1.ConnectionMove.verify|verify} messages.
                 * @param message ConnectionMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.ConnectionMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectionMove message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.ConnectionMove & shoal.cluster.v1.ConnectionMove.$Shape} ConnectionMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.ConnectionMove & shoal.cluster.v1.ConnectionMove.$Shape;

                /**
                 * Decodes a ConnectionMove message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.ConnectionMove & shoal.cluster.v1.ConnectionMove.$Shape} ConnectionMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.ConnectionMove & shoal.cluster.v1.ConnectionMove.$Shape;

                /**
                 * Verifies a ConnectionMove message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectionMove message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectionMove
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.ConnectionMove;

                /**
                 * Creates a plain object from a ConnectionMove message. Also converts values to other types if specified.
                 * @param message ConnectionMove
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.ConnectionMove, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectionMove to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectionMove
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectionMove {

                /** Properties of a ConnectionMove. */
                interface $Properties {

                    /** ConnectionMove connection */
                    connection?: (string|null);

                    /** ConnectionMove from */
                    from?: (string|null);

                    /** ConnectionMove to */
                    to?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectionMove. */
                type $Shape = shoal.cluster.v1.ConnectionMove.$Properties;
            }

            /**
             * Properties of a MoveConnections.
             * @deprecated Use shoal.cluster.v1.MoveConnections.$Properties instead.
             */
            interface IMoveConnections extends shoal.cluster.v1.MoveConnections.$Properties {
            }

            /** Represents a MoveConnections. */
            class MoveConnections {

                /**
                 * Constructs a new MoveConnections.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.MoveConnections.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MoveConnections moves. */
                moves: shoal.cluster.v1.ConnectionMove.$Properties[];

                /** MoveConnections reason. */
                reason: string;

                /** MoveConnections nowMs. */
                nowMs: number;

                /**
                 * Creates a new MoveConnections instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MoveConnections instance
                 */
                static create(properties: shoal.cluster.v1.MoveConnections.$Shape): shoal.cluster.v1.MoveConnections & shoal.cluster.v1.MoveConnections.$Shape;
                static create(properties?: shoal.cluster.v1.MoveConnections.$Properties): shoal.cluster.v1.MoveConnections;

                /**
                 * Encodes the specified MoveConnections message. Does not implicitly {@link shoal.cluster.v1.MoveConnections.verify|verify} messages.
                 * @param message MoveConnections message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.MoveConnections.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MoveConnections message, length delimited. Does not implicitly {@link shoal.cluster.v1.MoveConnections.verify|verify} messages.
                 * @param message MoveConnections message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.MoveConnections.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MoveConnections message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.MoveConnections & shoal.cluster.v1.MoveConnections.$Shape} MoveConnections
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.MoveConnections & shoal.cluster.v1.MoveConnections.$Shape;

                /**
                 * Decodes a MoveConnections message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.MoveConnections & shoal.cluster.v1.MoveConnections.$Shape} MoveConnections
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.MoveConnections & shoal.cluster.v1.MoveConnections.$Shape;

                /**
                 * Verifies a MoveConnections message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MoveConnections message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MoveConnections
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.MoveConnections;

                /**
                 * Creates a plain object from a MoveConnections message. Also converts values to other types if specified.
                 * @param message MoveConnections
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.MoveConnections, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MoveConnections to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MoveConnections
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MoveConnections {

                /** Properties of a MoveConnections. */
                interface $Properties {

                    /** MoveConnections moves */
                    moves?: (shoal.cluster.v1.ConnectionMove.$Properties[]|null);

                    /** MoveConnections reason */
                    reason?: (string|null);

                    /** MoveConnections nowMs */
                    nowMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MoveConnections. */
                type $Shape = shoal.cluster.v1.MoveConnections.$Properties;
            }

            /**
             * Properties of a RecentMove.
             * @deprecated Use shoal.cluster.v1.RecentMove.$Properties instead.
             */
            interface IRecentMove extends shoal.cluster.v1.RecentMove.$Properties {
            }

            /** Represents a RecentMove. */
            class RecentMove {

                /**
                 * Constructs a new RecentMove.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.RecentMove.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecentMove connection. */
                connection: string;

                /** RecentMove from. */
                from: string;

                /** RecentMove to. */
                to: string;

                /** RecentMove atMs. */
                atMs: number;

                /** RecentMove index. */
                index: number;

                /**
                 * Creates a new RecentMove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecentMove instance
                 */
                static create(properties: shoal.cluster.v1.RecentMove.$Shape): shoal.cluster.v1.RecentMove & shoal.cluster.v1.RecentMove.$Shape;
                static create(properties?: shoal.cluster.v1.RecentMove.$Properties): shoal.cluster.v1.RecentMove;

                /**
                 * Encodes the specified RecentMove message. Does not implicitly {@link shoal.cluster.v1.RecentMove.verify|verify} messages.
                 * @param message RecentMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.RecentMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RecentMove message, length delimited. Does not implicitly {@link shoal.cluster.v1.RecentMove.verify|verify} messages.
                 * @param message RecentMove message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.RecentMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecentMove message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.RecentMove & shoal.cluster.v1.RecentMove.$Shape} RecentMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.RecentMove & shoal.cluster.v1.RecentMove.$Shape;

                /**
                 * Decodes a RecentMove message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.RecentMove & shoal.cluster.v1.RecentMove.$Shape} RecentMove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.RecentMove & shoal.cluster.v1.RecentMove.$Shape;

                /**
                 * Verifies a RecentMove message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RecentMove message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RecentMove
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.RecentMove;

                /**
                 * Creates a plain object from a RecentMove message. Also converts values to other types if specified.
                 * @param message RecentMove
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.RecentMove, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RecentMove to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RecentMove
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecentMove {

                /** Properties of a RecentMove. */
                interface $Properties {

                    /** RecentMove connection */
                    connection?: (string|null);

                    /** RecentMove from */
                    from?: (string|null);

                    /** RecentMove to */
                    to?: (string|null);

                    /** RecentMove atMs */
                    atMs?: (number|null);

                    /** RecentMove index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecentMove. */
                type $Shape = shoal.cluster.v1.RecentMove.$Properties;
            }

            /**
             * Properties of a CreateVolume.
             * @deprecated Use shoal.cluster.v1.CreateVolume.$Properties instead.
             */
            interface ICreateVolume extends shoal.cluster.v1.CreateVolume.$Properties {
            }

            /** Represents a CreateVolume. */
            class CreateVolume {

                /**
                 * Constructs a new CreateVolume.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.CreateVolume.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateVolume name. */
                name: string;

                /** CreateVolume sizeBytes. */
                sizeBytes: number;

                /** CreateVolume pageSizeBytes. */
                pageSizeBytes: number;

                /**
                 * Creates a new CreateVolume instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateVolume instance
                 */
                static create(properties: shoal.cluster.v1.CreateVolume.$Shape): shoal.cluster.v1.CreateVolume & shoal.cluster.v1.CreateVolume.$Shape;
                static create(properties?: shoal.cluster.v1.CreateVolume.$Properties): shoal.cluster.v1.CreateVolume;

                /**
                 * Encodes the specified CreateVolume message. Does not implicitly {@link shoal.cluster.v1.CreateVolume.verify|verify} messages.
                 * @param message CreateVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.CreateVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateVolume message, length delimited. Does not implicitly {@link shoal.cluster.v1.CreateVolume.verify|verify} messages.
                 * @param message CreateVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.CreateVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateVolume message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.CreateVolume & shoal.cluster.v1.CreateVolume.$Shape} CreateVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.CreateVolume & shoal.cluster.v1.CreateVolume.$Shape;

                /**
                 * Decodes a CreateVolume message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.CreateVolume & shoal.cluster.v1.CreateVolume.$Shape} CreateVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.CreateVolume & shoal.cluster.v1.CreateVolume.$Shape;

                /**
                 * Verifies a CreateVolume message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateVolume message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateVolume
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.CreateVolume;

                /**
                 * Creates a plain object from a CreateVolume message. Also converts values to other types if specified.
                 * @param message CreateVolume
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.CreateVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateVolume to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateVolume
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateVolume {

                /** Properties of a CreateVolume. */
                interface $Properties {

                    /** CreateVolume name */
                    name?: (string|null);

                    /** CreateVolume sizeBytes */
                    sizeBytes?: (number|null);

                    /** CreateVolume pageSizeBytes */
                    pageSizeBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateVolume. */
                type $Shape = shoal.cluster.v1.CreateVolume.$Properties;
            }

            /**
             * Properties of a DeleteVolume.
             * @deprecated Use shoal.cluster.v1.DeleteVolume.$Properties instead.
             */
            interface IDeleteVolume extends shoal.cluster.v1.DeleteVolume.$Properties {
            }

            /** Represents a DeleteVolume. */
            class DeleteVolume {

                /**
                 * Constructs a new DeleteVolume.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.DeleteVolume.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteVolume name. */
                name: string;

                /**
                 * Creates a new DeleteVolume instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteVolume instance
                 */
                static create(properties: shoal.cluster.v1.DeleteVolume.$Shape): shoal.cluster.v1.DeleteVolume & shoal.cluster.v1.DeleteVolume.$Shape;
                static create(properties?: shoal.cluster.v1.DeleteVolume.$Properties): shoal.cluster.v1.DeleteVolume;

                /**
                 * Encodes the specified DeleteVolume message. Does not implicitly {@link shoal.cluster.v1.DeleteVolume.verify|verify} messages.
                 * @param message DeleteVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.DeleteVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteVolume message, length delimited. Does not implicitly {@link shoal.cluster.v1.DeleteVolume.verify|verify} messages.
                 * @param message DeleteVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.DeleteVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteVolume message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.DeleteVolume & shoal.cluster.v1.DeleteVolume.$Shape} DeleteVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.DeleteVolume & shoal.cluster.v1.DeleteVolume.$Shape;

                /**
                 * Decodes a DeleteVolume message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.DeleteVolume & shoal.cluster.v1.DeleteVolume.$Shape} DeleteVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.DeleteVolume & shoal.cluster.v1.DeleteVolume.$Shape;

                /**
                 * Verifies a DeleteVolume message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteVolume message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteVolume
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.DeleteVolume;

                /**
                 * Creates a plain object from a DeleteVolume message. Also converts values to other types if specified.
                 * @param message DeleteVolume
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.DeleteVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteVolume to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteVolume
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteVolume {

                /** Properties of a DeleteVolume. */
                interface $Properties {

                    /** DeleteVolume name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteVolume. */
                type $Shape = shoal.cluster.v1.DeleteVolume.$Properties;
            }

            /**
             * Properties of a PageRun.
             * @deprecated Use shoal.cluster.v1.PageRun.$Properties instead.
             */
            interface IPageRun extends shoal.cluster.v1.PageRun.$Properties {
            }

            /** Represents a PageRun. */
            class PageRun {

                /**
                 * Constructs a new PageRun.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.PageRun.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageRun firstPage. */
                firstPage: number;

                /** PageRun pageCount. */
                pageCount: number;

                /** PageRun owners. */
                owners: string[];

                /**
                 * Creates a new PageRun instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageRun instance
                 */
                static create(properties: shoal.cluster.v1.PageRun.$Shape): shoal.cluster.v1.PageRun & shoal.cluster.v1.PageRun.$Shape;
                static create(properties?: shoal.cluster.v1.PageRun.$Properties): shoal.cluster.v1.PageRun;

                /**
                 * Encodes the specified PageRun message. Does not implicitly {@link shoal.cluster.v1.PageRun.verify|verify} messages.
                 * @param message PageRun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.PageRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageRun message, length delimited. Does not implicitly {@link shoal.cluster.v1.PageRun.verify|verify} messages.
                 * @param message PageRun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.PageRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageRun message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.PageRun & shoal.cluster.v1.PageRun.$Shape} PageRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.PageRun & shoal.cluster.v1.PageRun.$Shape;

                /**
                 * Decodes a PageRun message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.PageRun & shoal.cluster.v1.PageRun.$Shape} PageRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.PageRun & shoal.cluster.v1.PageRun.$Shape;

                /**
                 * Verifies a PageRun message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageRun message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageRun
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.PageRun;

                /**
                 * Creates a plain object from a PageRun message. Also converts values to other types if specified.
                 * @param message PageRun
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.PageRun, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageRun to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageRun
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRun {

                /** Properties of a PageRun. */
                interface $Properties {

                    /** PageRun firstPage */
                    firstPage?: (number|null);

                    /** PageRun pageCount */
                    pageCount?: (number|null);

                    /** PageRun owners */
                    owners?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageRun. */
                type $Shape = shoal.cluster.v1.PageRun.$Properties;
            }

            /**
             * Properties of a VolumeRecord.
             * @deprecated Use shoal.cluster.v1.VolumeRecord.$Properties instead.
             */
            interface IVolumeRecord extends shoal.cluster.v1.VolumeRecord.$Properties {
            }

            /** Represents a VolumeRecord. */
            class VolumeRecord {

                /**
                 * Constructs a new VolumeRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.VolumeRecord.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VolumeRecord id. */
                id: number;

                /** VolumeRecord name. */
                name: string;

                /** VolumeRecord sizeBytes. */
                sizeBytes: number;

                /** VolumeRecord pageSizeBytes. */
                pageSizeBytes: number;

                /** VolumeRecord pageMap. */
                pageMap: shoal.cluster.v1.PageRun.$Properties[];

                /**
                 * Creates a new VolumeRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VolumeRecord instance
                 */
                static create(properties: shoal.cluster.v1.VolumeRecord.$Shape): shoal.cluster.v1.VolumeRecord & shoal.cluster.v1.VolumeRecord.$Shape;
                static create(properties?: shoal.cluster.v1.VolumeRecord.$Properties): shoal.cluster.v1.VolumeRecord;

                /**
                 * Encodes the specified VolumeRecord message. Does not implicitly {@link shoal.cluster.v1.VolumeRecord.verify|verify} messages.
                 * @param message VolumeRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.VolumeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified VolumeRecord message, length delimited. Does not implicitly {@link shoal.cluster.v1.VolumeRecord.verify|verify} messages.
                 * @param message VolumeRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.VolumeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VolumeRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.VolumeRecord & shoal.cluster.v1.VolumeRecord.$Shape} VolumeRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.VolumeRecord & shoal.cluster.v1.VolumeRecord.$Shape;

                /**
                 * Decodes a VolumeRecord message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.VolumeRecord & shoal.cluster.v1.VolumeRecord.$Shape} VolumeRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.VolumeRecord & shoal.cluster.v1.VolumeRecord.$Shape;

                /**
                 * Verifies a VolumeRecord message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VolumeRecord message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VolumeRecord
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.VolumeRecord;

                /**
                 * Creates a plain object from a VolumeRecord message. Also converts values to other types if specified.
                 * @param message VolumeRecord
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.VolumeRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VolumeRecord to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for VolumeRecord
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VolumeRecord {

                /** Properties of a VolumeRecord. */
                interface $Properties {

                    /** VolumeRecord id */
                    id?: (number|null);

                    /** VolumeRecord name */
                    name?: (string|null);

                    /** VolumeRecord sizeBytes */
                    sizeBytes?: (number|null);

                    /** VolumeRecord pageSizeBytes */
                    pageSizeBytes?: (number|null);

                    /** VolumeRecord pageMap */
                    pageMap?: (shoal.cluster.v1.PageRun.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VolumeRecord. */
                type $Shape = shoal.cluster.v1.VolumeRecord.$Properties;
            }

            /**
             * Properties of a Noop.
             * @deprecated Use shoal.cluster.v1.Noop.$Properties instead.
             */
            interface INoop extends shoal.cluster.v1.Noop.$Properties {
            }

            /** Represents a Noop. */
            class Noop {

                /**
                 * Constructs a new Noop.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.Noop.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Noop payload. */
                payload: Uint8Array;

                /**
                 * Creates a new Noop instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Noop instance
                 */
                static create(properties: shoal.cluster.v1.Noop.$Shape): shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape;
                static create(properties?: shoal.cluster.v1.Noop.$Properties): shoal.cluster.v1.Noop;

                /**
                 * Encodes the specified Noop message. Does not implicitly {@link shoal.cluster.v1.Noop.verify|verify} messages.
                 * @param message Noop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.Noop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Noop message, length delimited. Does not implicitly {@link shoal.cluster.v1.Noop.verify|verify} messages.
                 * @param message Noop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.Noop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Noop message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape} Noop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape;

                /**
                 * Decodes a Noop message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape} Noop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.Noop & shoal.cluster.v1.Noop.$Shape;

                /**
                 * Verifies a Noop message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Noop message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Noop
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.Noop;

                /**
                 * Creates a plain object from a Noop message. Also converts values to other types if specified.
                 * @param message Noop
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.Noop, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Noop to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Noop
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Noop {

                /** Properties of a Noop. */
                interface $Properties {

                    /** Noop payload */
                    payload?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Noop. */
                type $Shape = shoal.cluster.v1.Noop.$Properties;
            }

            /**
             * Properties of a MemberRecord.
             * @deprecated Use shoal.cluster.v1.MemberRecord.$Properties instead.
             */
            interface IMemberRecord extends shoal.cluster.v1.MemberRecord.$Properties {
            }

            /** Represents a MemberRecord. */
            class MemberRecord {

                /**
                 * Constructs a new MemberRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.MemberRecord.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberRecord info. */
                info?: (shoal.cluster.v1.MemberInfo.$Properties|null);

                /** MemberRecord learner. */
                learner: boolean;

                /**
                 * Creates a new MemberRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberRecord instance
                 */
                static create(properties: shoal.cluster.v1.MemberRecord.$Shape): shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape;
                static create(properties?: shoal.cluster.v1.MemberRecord.$Properties): shoal.cluster.v1.MemberRecord;

                /**
                 * Encodes the specified MemberRecord message. Does not implicitly {@link shoal.cluster.v1.MemberRecord.verify|verify} messages.
                 * @param message MemberRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.MemberRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MemberRecord message, length delimited. Does not implicitly {@link shoal.cluster.v1.MemberRecord.verify|verify} messages.
                 * @param message MemberRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.MemberRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape} MemberRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape;

                /**
                 * Decodes a MemberRecord message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape} MemberRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.MemberRecord & shoal.cluster.v1.MemberRecord.$Shape;

                /**
                 * Verifies a MemberRecord message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberRecord message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberRecord
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.MemberRecord;

                /**
                 * Creates a plain object from a MemberRecord message. Also converts values to other types if specified.
                 * @param message MemberRecord
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.MemberRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberRecord to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberRecord
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberRecord {

                /** Properties of a MemberRecord. */
                interface $Properties {

                    /** MemberRecord info */
                    info?: (shoal.cluster.v1.MemberInfo.$Properties|null);

                    /** MemberRecord learner */
                    learner?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberRecord. */
                type $Shape = shoal.cluster.v1.MemberRecord.$Properties;
            }

            /**
             * Properties of a StateSnapshot.
             * @deprecated Use shoal.cluster.v1.StateSnapshot.$Properties instead.
             */
            interface IStateSnapshot extends shoal.cluster.v1.StateSnapshot.$Properties {
            }

            /** Represents a StateSnapshot. */
            class StateSnapshot {

                /**
                 * Constructs a new StateSnapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.StateSnapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateSnapshot formatVersion. */
                formatVersion: number;

                /** StateSnapshot appliedIndex. */
                appliedIndex: number;

                /** StateSnapshot members. */
                members: shoal.cluster.v1.MemberRecord.$Properties[];

                /** StateSnapshot removedIds. */
                removedIds: string[];

                /** StateSnapshot volumes. */
                volumes: shoal.cluster.v1.VolumeRecord.$Properties[];

                /** StateSnapshot loads. */
                loads: shoal.cluster.v1.AppliedLoad.$Properties[];

                /** StateSnapshot lastRoundIndex. */
                lastRoundIndex: number;

                /** StateSnapshot roundsToSkip. */
                roundsToSkip: number;

                /** StateSnapshot balancer. */
                balancer?: (shoal.cluster.v1.BalancerSettings.$Properties|null);

                /** StateSnapshot recentMoves. */
                recentMoves: shoal.cluster.v1.RecentMove.$Properties[];

                /** StateSnapshot previousRoundIndex. */
                previousRoundIndex: number;

                /** StateSnapshot reportsSinceRound. */
                reportsSinceRound: number;

                /** StateSnapshot appliedDigest. */
                appliedDigest: Uint8Array;

                /**
                 * Creates a new StateSnapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateSnapshot instance
                 */
                static create(properties: shoal.cluster.v1.StateSnapshot.$Shape): shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape;
                static create(properties?: shoal.cluster.v1.StateSnapshot.$Properties): shoal.cluster.v1.StateSnapshot;

                /**
                 * Encodes the specified StateSnapshot message. Does not implicitly {@link shoal.cluster.v1.StateSnapshot.verify|verify} messages.
                 * @param message StateSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.StateSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StateSnapshot message, length delimited. Does not implicitly {@link shoal.cluster.v1.StateSnapshot.verify|verify} messages.
                 * @param message StateSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.StateSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateSnapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape} StateSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape;

                /**
                 * Decodes a StateSnapshot message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape} StateSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.StateSnapshot & shoal.cluster.v1.StateSnapshot.$Shape;

                /**
                 * Verifies a StateSnapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateSnapshot
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.StateSnapshot;

                /**
                 * Creates a plain object from a StateSnapshot message. Also converts values to other types if specified.
                 * @param message StateSnapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.StateSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateSnapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateSnapshot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateSnapshot {

                /** Properties of a StateSnapshot. */
                interface $Properties {

                    /** StateSnapshot formatVersion */
                    formatVersion?: (number|null);

                    /** StateSnapshot appliedIndex */
                    appliedIndex?: (number|null);

                    /** StateSnapshot members */
                    members?: (shoal.cluster.v1.MemberRecord.$Properties[]|null);

                    /** StateSnapshot removedIds */
                    removedIds?: (string[]|null);

                    /** StateSnapshot volumes */
                    volumes?: (shoal.cluster.v1.VolumeRecord.$Properties[]|null);

                    /** StateSnapshot loads */
                    loads?: (shoal.cluster.v1.AppliedLoad.$Properties[]|null);

                    /** StateSnapshot lastRoundIndex */
                    lastRoundIndex?: (number|null);

                    /** StateSnapshot roundsToSkip */
                    roundsToSkip?: (number|null);

                    /** StateSnapshot balancer */
                    balancer?: (shoal.cluster.v1.BalancerSettings.$Properties|null);

                    /** StateSnapshot recentMoves */
                    recentMoves?: (shoal.cluster.v1.RecentMove.$Properties[]|null);

                    /** StateSnapshot previousRoundIndex */
                    previousRoundIndex?: (number|null);

                    /** StateSnapshot reportsSinceRound */
                    reportsSinceRound?: (number|null);

                    /** StateSnapshot appliedDigest */
                    appliedDigest?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateSnapshot. */
                type $Shape = shoal.cluster.v1.StateSnapshot.$Properties;
            }

            /**
             * Properties of an AppliedLoad.
             * @deprecated Use shoal.cluster.v1.AppliedLoad.$Properties instead.
             */
            interface IAppliedLoad extends shoal.cluster.v1.AppliedLoad.$Properties {
            }

            /** Represents an AppliedLoad. */
            class AppliedLoad {

                /**
                 * Constructs a new AppliedLoad.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.cluster.v1.AppliedLoad.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AppliedLoad load. */
                load?: (shoal.cluster.v1.LoadSnapshot.$Properties|null);

                /** AppliedLoad appliedIndex. */
                appliedIndex: number;

                /**
                 * Creates a new AppliedLoad instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AppliedLoad instance
                 */
                static create(properties: shoal.cluster.v1.AppliedLoad.$Shape): shoal.cluster.v1.AppliedLoad & shoal.cluster.v1.AppliedLoad.$Shape;
                static create(properties?: shoal.cluster.v1.AppliedLoad.$Properties): shoal.cluster.v1.AppliedLoad;

                /**
                 * Encodes the specified AppliedLoad message. Does not implicitly {@link shoal.cluster.v1.AppliedLoad.verify|verify} messages.
                 * @param message AppliedLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.cluster.v1.AppliedLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AppliedLoad message, length delimited. Does not implicitly {@link shoal.cluster.v1.AppliedLoad.verify|verify} messages.
                 * @param message AppliedLoad message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.cluster.v1.AppliedLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AppliedLoad message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.cluster.v1.AppliedLoad & shoal.cluster.v1.AppliedLoad.$Shape} AppliedLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.cluster.v1.AppliedLoad & shoal.cluster.v1.AppliedLoad.$Shape;

                /**
                 * Decodes an AppliedLoad message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.cluster.v1.AppliedLoad & shoal.cluster.v1.AppliedLoad.$Shape} AppliedLoad
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.cluster.v1.AppliedLoad & shoal.cluster.v1.AppliedLoad.$Shape;

                /**
                 * Verifies an AppliedLoad message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AppliedLoad message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AppliedLoad
                 */
                static fromObject(object: { [k: string]: any }): shoal.cluster.v1.AppliedLoad;

                /**
                 * Creates a plain object from an AppliedLoad message. Also converts values to other types if specified.
                 * @param message AppliedLoad
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.cluster.v1.AppliedLoad, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AppliedLoad to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AppliedLoad
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AppliedLoad {

                /** Properties of an AppliedLoad. */
                interface $Properties {

                    /** AppliedLoad load */
                    load?: (shoal.cluster.v1.LoadSnapshot.$Properties|null);

                    /** AppliedLoad appliedIndex */
                    appliedIndex?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AppliedLoad. */
                type $Shape = shoal.cluster.v1.AppliedLoad.$Properties;
            }
        }
    }

    /** Namespace peer. */
    namespace peer {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Hello.
             * @deprecated Use shoal.peer.v1.Hello.$Properties instead.
             */
            interface IHello extends shoal.peer.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello groupId. */
                groupId: string;

                /** Hello memberId. */
                memberId: string;

                /** Hello nonce. */
                nonce: Uint8Array;

                /** Hello protocolVersion. */
                protocolVersion: number;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: shoal.peer.v1.Hello.$Shape): shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape;
                static create(properties?: shoal.peer.v1.Hello.$Properties): shoal.peer.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link shoal.peer.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link shoal.peer.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape;

                /**
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.Hello & shoal.peer.v1.Hello.$Shape;

                /**
                 * Verifies a Hello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Hello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello groupId */
                    groupId?: (string|null);

                    /** Hello memberId */
                    memberId?: (string|null);

                    /** Hello nonce */
                    nonce?: (Uint8Array|null);

                    /** Hello protocolVersion */
                    protocolVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = shoal.peer.v1.Hello.$Properties;
            }

            /**
             * Properties of a Challenge.
             * @deprecated Use shoal.peer.v1.Challenge.$Properties instead.
             */
            interface IChallenge extends shoal.peer.v1.Challenge.$Properties {
            }

            /** Represents a Challenge. */
            class Challenge {

                /**
                 * Constructs a new Challenge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.Challenge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Challenge groupId. */
                groupId: string;

                /** Challenge memberId. */
                memberId: string;

                /** Challenge nonce. */
                nonce: Uint8Array;

                /** Challenge proof. */
                proof: Uint8Array;

                /**
                 * Creates a new Challenge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Challenge instance
                 */
                static create(properties: shoal.peer.v1.Challenge.$Shape): shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape;
                static create(properties?: shoal.peer.v1.Challenge.$Properties): shoal.peer.v1.Challenge;

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link shoal.peer.v1.Challenge.verify|verify} messages.
                 * @param message Challenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Challenge message, length delimited. Does not implicitly {@link shoal.peer.v1.Challenge.verify|verify} messages.
                 * @param message Challenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape;

                /**
                 * Decodes a Challenge message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.Challenge & shoal.peer.v1.Challenge.$Shape;

                /**
                 * Verifies a Challenge message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Challenge
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.Challenge;

                /**
                 * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                 * @param message Challenge
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.Challenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Challenge to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Challenge
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Challenge {

                /** Properties of a Challenge. */
                interface $Properties {

                    /** Challenge groupId */
                    groupId?: (string|null);

                    /** Challenge memberId */
                    memberId?: (string|null);

                    /** Challenge nonce */
                    nonce?: (Uint8Array|null);

                    /** Challenge proof */
                    proof?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Challenge. */
                type $Shape = shoal.peer.v1.Challenge.$Properties;
            }

            /**
             * Properties of a Proof.
             * @deprecated Use shoal.peer.v1.Proof.$Properties instead.
             */
            interface IProof extends shoal.peer.v1.Proof.$Properties {
            }

            /** Represents a Proof. */
            class Proof {

                /**
                 * Constructs a new Proof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.Proof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Proof proof. */
                proof: Uint8Array;

                /**
                 * Creates a new Proof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Proof instance
                 */
                static create(properties: shoal.peer.v1.Proof.$Shape): shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape;
                static create(properties?: shoal.peer.v1.Proof.$Properties): shoal.peer.v1.Proof;

                /**
                 * Encodes the specified Proof message. Does not implicitly {@link shoal.peer.v1.Proof.verify|verify} messages.
                 * @param message Proof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.Proof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Proof message, length delimited. Does not implicitly {@link shoal.peer.v1.Proof.verify|verify} messages.
                 * @param message Proof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.Proof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Proof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape} Proof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape;

                /**
                 * Decodes a Proof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape} Proof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.Proof & shoal.peer.v1.Proof.$Shape;

                /**
                 * Verifies a Proof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Proof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Proof
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.Proof;

                /**
                 * Creates a plain object from a Proof message. Also converts values to other types if specified.
                 * @param message Proof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.Proof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Proof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Proof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Proof {

                /** Properties of a Proof. */
                interface $Properties {

                    /** Proof proof */
                    proof?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Proof. */
                type $Shape = shoal.peer.v1.Proof.$Properties;
            }

            /**
             * Properties of a Welcome.
             * @deprecated Use shoal.peer.v1.Welcome.$Properties instead.
             */
            interface IWelcome extends shoal.peer.v1.Welcome.$Properties {
            }

            /** Represents a Welcome. */
            class Welcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.Welcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                static create(properties: shoal.peer.v1.Welcome.$Shape): shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape;
                static create(properties?: shoal.peer.v1.Welcome.$Properties): shoal.peer.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link shoal.peer.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Welcome message, length delimited. Does not implicitly {@link shoal.peer.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape;

                /**
                 * Decodes a Welcome message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.Welcome & shoal.peer.v1.Welcome.$Shape;

                /**
                 * Verifies a Welcome message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Welcome
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.Welcome;

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @param message Welcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Welcome to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Welcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Welcome {

                /** Properties of a Welcome. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Welcome. */
                type $Shape = shoal.peer.v1.Welcome.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use shoal.peer.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends shoal.peer.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.Refusal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Refusal reason. */
                reason: string;

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Refusal instance
                 */
                static create(properties: shoal.peer.v1.Refusal.$Shape): shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape;
                static create(properties?: shoal.peer.v1.Refusal.$Properties): shoal.peer.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link shoal.peer.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Refusal message, length delimited. Does not implicitly {@link shoal.peer.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape;

                /**
                 * Decodes a Refusal message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.Refusal & shoal.peer.v1.Refusal.$Shape;

                /**
                 * Verifies a Refusal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Refusal
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Refusal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Refusal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Refusal {

                /** Properties of a Refusal. */
                interface $Properties {

                    /** Refusal reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Refusal. */
                type $Shape = shoal.peer.v1.Refusal.$Properties;
            }

            /**
             * Properties of a RaftBatch.
             * @deprecated Use shoal.peer.v1.RaftBatch.$Properties instead.
             */
            interface IRaftBatch extends shoal.peer.v1.RaftBatch.$Properties {
            }

            /** Represents a RaftBatch. */
            class RaftBatch {

                /**
                 * Constructs a new RaftBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.RaftBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RaftBatch messages. */
                messages: Uint8Array[];

                /**
                 * Creates a new RaftBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RaftBatch instance
                 */
                static create(properties: shoal.peer.v1.RaftBatch.$Shape): shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape;
                static create(properties?: shoal.peer.v1.RaftBatch.$Properties): shoal.peer.v1.RaftBatch;

                /**
                 * Encodes the specified RaftBatch message. Does not implicitly {@link shoal.peer.v1.RaftBatch.verify|verify} messages.
                 * @param message RaftBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RaftBatch message, length delimited. Does not implicitly {@link shoal.peer.v1.RaftBatch.verify|verify} messages.
                 * @param message RaftBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape;

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.RaftBatch & shoal.peer.v1.RaftBatch.$Shape;

                /**
                 * Verifies a RaftBatch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RaftBatch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RaftBatch
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.RaftBatch;

                /**
                 * Creates a plain object from a RaftBatch message. Also converts values to other types if specified.
                 * @param message RaftBatch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.RaftBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RaftBatch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RaftBatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftBatch {

                /** Properties of a RaftBatch. */
                interface $Properties {

                    /** RaftBatch messages */
                    messages?: (Uint8Array[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RaftBatch. */
                type $Shape = shoal.peer.v1.RaftBatch.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use shoal.peer.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends shoal.peer.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk snapshotId. */
                snapshotId: number;

                /** SnapshotChunk chunkIndex. */
                chunkIndex: number;

                /** SnapshotChunk chunkCount. */
                chunkCount: number;

                /** SnapshotChunk totalBytes. */
                totalBytes: number;

                /** SnapshotChunk message. */
                message: Uint8Array;

                /** SnapshotChunk data. */
                data: Uint8Array;

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: shoal.peer.v1.SnapshotChunk.$Shape): shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape;
                static create(properties?: shoal.peer.v1.SnapshotChunk.$Properties): shoal.peer.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link shoal.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link shoal.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.SnapshotChunk & shoal.peer.v1.SnapshotChunk.$Shape;

                /**
                 * Verifies a SnapshotChunk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotChunk
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.SnapshotChunk;

                /**
                 * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
                 * @param message SnapshotChunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.SnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotChunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk snapshotId */
                    snapshotId?: (number|null);

                    /** SnapshotChunk chunkIndex */
                    chunkIndex?: (number|null);

                    /** SnapshotChunk chunkCount */
                    chunkCount?: (number|null);

                    /** SnapshotChunk totalBytes */
                    totalBytes?: (number|null);

                    /** SnapshotChunk message */
                    message?: (Uint8Array|null);

                    /** SnapshotChunk data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = shoal.peer.v1.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a PageRequest.
             * @deprecated Use shoal.peer.v1.PageRequest.$Properties instead.
             */
            interface IPageRequest extends shoal.peer.v1.PageRequest.$Properties {
            }

            /** Represents a PageRequest. */
            class PageRequest {

                /**
                 * Constructs a new PageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.PageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageRequest requestId. */
                requestId: number;

                /** PageRequest volumeId. */
                volumeId: number;

                /** PageRequest page. */
                page: number;

                /** PageRequest offsetInPage. */
                offsetInPage: number;

                /** PageRequest length. */
                length: number;

                /** PageRequest write. */
                write: boolean;

                /** PageRequest data. */
                data: Uint8Array;

                /** PageRequest minAppliedIndex. */
                minAppliedIndex: number;

                /**
                 * Creates a new PageRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageRequest instance
                 */
                static create(properties: shoal.peer.v1.PageRequest.$Shape): shoal.peer.v1.PageRequest & shoal.peer.v1.PageRequest.$Shape;
                static create(properties?: shoal.peer.v1.PageRequest.$Properties): shoal.peer.v1.PageRequest;

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link shoal.peer.v1.PageRequest.verify|verify} messages.
                 * @param message PageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageRequest message, length delimited. Does not implicitly {@link shoal.peer.v1.PageRequest.verify|verify} messages.
                 * @param message PageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.PageRequest & shoal.peer.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.PageRequest & shoal.peer.v1.PageRequest.$Shape;

                /**
                 * Decodes a PageRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.PageRequest & shoal.peer.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.PageRequest & shoal.peer.v1.PageRequest.$Shape;

                /**
                 * Verifies a PageRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageRequest
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.PageRequest;

                /**
                 * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                 * @param message PageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.PageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRequest {

                /** Properties of a PageRequest. */
                interface $Properties {

                    /** PageRequest requestId */
                    requestId?: (number|null);

                    /** PageRequest volumeId */
                    volumeId?: (number|null);

                    /** PageRequest page */
                    page?: (number|null);

                    /** PageRequest offsetInPage */
                    offsetInPage?: (number|null);

                    /** PageRequest length */
                    length?: (number|null);

                    /** PageRequest write */
                    write?: (boolean|null);

                    /** PageRequest data */
                    data?: (Uint8Array|null);

                    /** PageRequest minAppliedIndex */
                    minAppliedIndex?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageRequest. */
                type $Shape = shoal.peer.v1.PageRequest.$Properties;
            }

            /**
             * Properties of a PageResponse.
             * @deprecated Use shoal.peer.v1.PageResponse.$Properties instead.
             */
            interface IPageResponse extends shoal.peer.v1.PageResponse.$Properties {
            }

            /** Represents a PageResponse. */
            class PageResponse {

                /**
                 * Constructs a new PageResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.PageResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageResponse requestId. */
                requestId: number;

                /** PageResponse errorCode. */
                errorCode: string;

                /** PageResponse errorMessage. */
                errorMessage: string;

                /** PageResponse data. */
                data: Uint8Array;

                /**
                 * Creates a new PageResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageResponse instance
                 */
                static create(properties: shoal.peer.v1.PageResponse.$Shape): shoal.peer.v1.PageResponse & shoal.peer.v1.PageResponse.$Shape;
                static create(properties?: shoal.peer.v1.PageResponse.$Properties): shoal.peer.v1.PageResponse;

                /**
                 * Encodes the specified PageResponse message. Does not implicitly {@link shoal.peer.v1.PageResponse.verify|verify} messages.
                 * @param message PageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageResponse message, length delimited. Does not implicitly {@link shoal.peer.v1.PageResponse.verify|verify} messages.
                 * @param message PageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.PageResponse & shoal.peer.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.PageResponse & shoal.peer.v1.PageResponse.$Shape;

                /**
                 * Decodes a PageResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.PageResponse & shoal.peer.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.PageResponse & shoal.peer.v1.PageResponse.$Shape;

                /**
                 * Verifies a PageResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageResponse
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.PageResponse;

                /**
                 * Creates a plain object from a PageResponse message. Also converts values to other types if specified.
                 * @param message PageResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.PageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageResponse {

                /** Properties of a PageResponse. */
                interface $Properties {

                    /** PageResponse requestId */
                    requestId?: (number|null);

                    /** PageResponse errorCode */
                    errorCode?: (string|null);

                    /** PageResponse errorMessage */
                    errorMessage?: (string|null);

                    /** PageResponse data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageResponse. */
                type $Shape = shoal.peer.v1.PageResponse.$Properties;
            }

            /**
             * Properties of an Envelope.
             * @deprecated Use shoal.peer.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends shoal.peer.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.peer.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope hello. */
                hello?: (shoal.peer.v1.Hello.$Properties|null);

                /** Envelope challenge. */
                challenge?: (shoal.peer.v1.Challenge.$Properties|null);

                /** Envelope proof. */
                proof?: (shoal.peer.v1.Proof.$Properties|null);

                /** Envelope welcome. */
                welcome?: (shoal.peer.v1.Welcome.$Properties|null);

                /** Envelope refusal. */
                refusal?: (shoal.peer.v1.Refusal.$Properties|null);

                /** Envelope raftBatch. */
                raftBatch?: (shoal.peer.v1.RaftBatch.$Properties|null);

                /** Envelope snapshotChunk. */
                snapshotChunk?: (shoal.peer.v1.SnapshotChunk.$Properties|null);

                /** Envelope pageRequest. */
                pageRequest?: (shoal.peer.v1.PageRequest.$Properties|null);

                /** Envelope pageResponse. */
                pageResponse?: (shoal.peer.v1.PageResponse.$Properties|null);

                /** Envelope body. */
                body?: ("hello"|"challenge"|"proof"|"welcome"|"refusal"|"raftBatch"|"snapshotChunk"|"pageRequest"|"pageResponse");

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: shoal.peer.v1.Envelope.$Shape): shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape;
                static create(properties?: shoal.peer.v1.Envelope.$Properties): shoal.peer.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link shoal.peer.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.peer.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Envelope message, length delimited. Does not implicitly {@link shoal.peer.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.peer.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape;

                /**
                 * Decodes an Envelope message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.peer.v1.Envelope & shoal.peer.v1.Envelope.$Shape;

                /**
                 * Verifies an Envelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Envelope
                 */
                static fromObject(object: { [k: string]: any }): shoal.peer.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param message Envelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.peer.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope hello */
                    hello?: (shoal.peer.v1.Hello.$Properties|null);

                    /** Envelope challenge */
                    challenge?: (shoal.peer.v1.Challenge.$Properties|null);

                    /** Envelope proof */
                    proof?: (shoal.peer.v1.Proof.$Properties|null);

                    /** Envelope welcome */
                    welcome?: (shoal.peer.v1.Welcome.$Properties|null);

                    /** Envelope refusal */
                    refusal?: (shoal.peer.v1.Refusal.$Properties|null);

                    /** Envelope raftBatch */
                    raftBatch?: (shoal.peer.v1.RaftBatch.$Properties|null);

                    /** Envelope snapshotChunk */
                    snapshotChunk?: (shoal.peer.v1.SnapshotChunk.$Properties|null);

                    /** Envelope pageRequest */
                    pageRequest?: (shoal.peer.v1.PageRequest.$Properties|null);

                    /** Envelope pageResponse */
                    pageResponse?: (shoal.peer.v1.PageResponse.$Properties|null);

                    /** Envelope body */
                    body?: ("hello"|"challenge"|"proof"|"welcome"|"refusal"|"raftBatch"|"snapshotChunk"|"pageRequest"|"pageResponse");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Envelope. */
                type $Shape = {
                  hello?: shoal.peer.v1.Hello.$Shape|null;
                  challenge?: shoal.peer.v1.Challenge.$Shape|null;
                  proof?: shoal.peer.v1.Proof.$Shape|null;
                  welcome?: shoal.peer.v1.Welcome.$Shape|null;
                  refusal?: shoal.peer.v1.Refusal.$Shape|null;
                  raftBatch?: shoal.peer.v1.RaftBatch.$Shape|null;
                  snapshotChunk?: shoal.peer.v1.SnapshotChunk.$Shape|null;
                  pageRequest?: shoal.peer.v1.PageRequest.$Shape|null;
                  pageResponse?: shoal.peer.v1.PageResponse.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "hello"; hello: shoal.peer.v1.Hello.$Shape; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "challenge"; hello?: null; challenge: shoal.peer.v1.Challenge.$Shape; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "proof"; hello?: null; challenge?: null; proof: shoal.peer.v1.Proof.$Shape; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "welcome"; hello?: null; challenge?: null; proof?: null; welcome: shoal.peer.v1.Welcome.$Shape; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "refusal"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal: shoal.peer.v1.Refusal.$Shape; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "raftBatch"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch: shoal.peer.v1.RaftBatch.$Shape; snapshotChunk?: null; pageRequest?: null; pageResponse?: null }|{ body?: "snapshotChunk"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk: shoal.peer.v1.SnapshotChunk.$Shape; pageRequest?: null; pageResponse?: null }|{ body?: "pageRequest"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest: shoal.peer.v1.PageRequest.$Shape; pageResponse?: null }|{ body?: "pageResponse"; hello?: null; challenge?: null; proof?: null; welcome?: null; refusal?: null; raftBatch?: null; snapshotChunk?: null; pageRequest?: null; pageResponse: shoal.peer.v1.PageResponse.$Shape })
                );
            }
        }
    }

    /** Namespace raft. */
    namespace raft {

        /** Namespace v1. */
        namespace v1 {

            /** EntryType enum. */
            enum EntryType {

                /** ENTRY_TYPE_NORMAL value */
                ENTRY_TYPE_NORMAL = 0,

                /** ENTRY_TYPE_CONF_CHANGE value */
                ENTRY_TYPE_CONF_CHANGE = 1
            }

            /**
             * Properties of an Entry.
             * @deprecated Use shoal.raft.v1.Entry.$Properties instead.
             */
            interface IEntry extends shoal.raft.v1.Entry.$Properties {
            }

            /** Represents an Entry. */
            class Entry {

                /**
                 * Constructs a new Entry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.Entry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entry term. */
                term: number;

                /** Entry index. */
                index: number;

                /** Entry type. */
                type: shoal.raft.v1.EntryType;

                /** Entry data. */
                data: Uint8Array;

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Entry instance
                 */
                static create(properties: shoal.raft.v1.Entry.$Shape): shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape;
                static create(properties?: shoal.raft.v1.Entry.$Properties): shoal.raft.v1.Entry;

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link shoal.raft.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link shoal.raft.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape;

                /**
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.Entry & shoal.raft.v1.Entry.$Shape;

                /**
                 * Verifies an Entry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Entry
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.Entry;

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @param message Entry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Entry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Entry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entry {

                /** Properties of an Entry. */
                interface $Properties {

                    /** Entry term */
                    term?: (number|null);

                    /** Entry index */
                    index?: (number|null);

                    /** Entry type */
                    type?: (shoal.raft.v1.EntryType|null);

                    /** Entry data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Entry. */
                type $Shape = shoal.raft.v1.Entry.$Properties;
            }

            /**
             * Properties of a HardState.
             * @deprecated Use shoal.raft.v1.HardState.$Properties instead.
             */
            interface IHardState extends shoal.raft.v1.HardState.$Properties {
            }

            /** Represents a HardState. */
            class HardState {

                /**
                 * Constructs a new HardState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.HardState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HardState term. */
                term: number;

                /** HardState vote. */
                vote: string;

                /** HardState commit. */
                commit: number;

                /**
                 * Creates a new HardState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HardState instance
                 */
                static create(properties: shoal.raft.v1.HardState.$Shape): shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape;
                static create(properties?: shoal.raft.v1.HardState.$Properties): shoal.raft.v1.HardState;

                /**
                 * Encodes the specified HardState message. Does not implicitly {@link shoal.raft.v1.HardState.verify|verify} messages.
                 * @param message HardState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HardState message, length delimited. Does not implicitly {@link shoal.raft.v1.HardState.verify|verify} messages.
                 * @param message HardState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HardState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape;

                /**
                 * Decodes a HardState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.HardState & shoal.raft.v1.HardState.$Shape;

                /**
                 * Verifies a HardState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HardState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HardState
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.HardState;

                /**
                 * Creates a plain object from a HardState message. Also converts values to other types if specified.
                 * @param message HardState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.HardState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HardState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HardState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HardState {

                /** Properties of a HardState. */
                interface $Properties {

                    /** HardState term */
                    term?: (number|null);

                    /** HardState vote */
                    vote?: (string|null);

                    /** HardState commit */
                    commit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HardState. */
                type $Shape = shoal.raft.v1.HardState.$Properties;
            }

            /**
             * Properties of a ConfState.
             * @deprecated Use shoal.raft.v1.ConfState.$Properties instead.
             */
            interface IConfState extends shoal.raft.v1.ConfState.$Properties {
            }

            /** Represents a ConfState. */
            class ConfState {

                /**
                 * Constructs a new ConfState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.ConfState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfState voters. */
                voters: string[];

                /** ConfState learners. */
                learners: string[];

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfState instance
                 */
                static create(properties: shoal.raft.v1.ConfState.$Shape): shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape;
                static create(properties?: shoal.raft.v1.ConfState.$Properties): shoal.raft.v1.ConfState;

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link shoal.raft.v1.ConfState.verify|verify} messages.
                 * @param message ConfState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfState message, length delimited. Does not implicitly {@link shoal.raft.v1.ConfState.verify|verify} messages.
                 * @param message ConfState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape;

                /**
                 * Decodes a ConfState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.ConfState & shoal.raft.v1.ConfState.$Shape;

                /**
                 * Verifies a ConfState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfState
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.ConfState;

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @param message ConfState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.ConfState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfState {

                /** Properties of a ConfState. */
                interface $Properties {

                    /** ConfState voters */
                    voters?: (string[]|null);

                    /** ConfState learners */
                    learners?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfState. */
                type $Shape = shoal.raft.v1.ConfState.$Properties;
            }

            /**
             * Properties of a SnapshotMetadata.
             * @deprecated Use shoal.raft.v1.SnapshotMetadata.$Properties instead.
             */
            interface ISnapshotMetadata extends shoal.raft.v1.SnapshotMetadata.$Properties {
            }

            /** Represents a SnapshotMetadata. */
            class SnapshotMetadata {

                /**
                 * Constructs a new SnapshotMetadata.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.SnapshotMetadata.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotMetadata confState. */
                confState?: (shoal.raft.v1.ConfState.$Properties|null);

                /** SnapshotMetadata index. */
                index: number;

                /** SnapshotMetadata term. */
                term: number;

                /**
                 * Creates a new SnapshotMetadata instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotMetadata instance
                 */
                static create(properties: shoal.raft.v1.SnapshotMetadata.$Shape): shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape;
                static create(properties?: shoal.raft.v1.SnapshotMetadata.$Properties): shoal.raft.v1.SnapshotMetadata;

                /**
                 * Encodes the specified SnapshotMetadata message. Does not implicitly {@link shoal.raft.v1.SnapshotMetadata.verify|verify} messages.
                 * @param message SnapshotMetadata message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotMetadata message, length delimited. Does not implicitly {@link shoal.raft.v1.SnapshotMetadata.verify|verify} messages.
                 * @param message SnapshotMetadata message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape;

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.SnapshotMetadata & shoal.raft.v1.SnapshotMetadata.$Shape;

                /**
                 * Verifies a SnapshotMetadata message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotMetadata
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.SnapshotMetadata;

                /**
                 * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
                 * @param message SnapshotMetadata
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.SnapshotMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotMetadata to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotMetadata
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotMetadata {

                /** Properties of a SnapshotMetadata. */
                interface $Properties {

                    /** SnapshotMetadata confState */
                    confState?: (shoal.raft.v1.ConfState.$Properties|null);

                    /** SnapshotMetadata index */
                    index?: (number|null);

                    /** SnapshotMetadata term */
                    term?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotMetadata. */
                type $Shape = shoal.raft.v1.SnapshotMetadata.$Properties;
            }

            /**
             * Properties of a Snapshot.
             * @deprecated Use shoal.raft.v1.Snapshot.$Properties instead.
             */
            interface ISnapshot extends shoal.raft.v1.Snapshot.$Properties {
            }

            /** Represents a Snapshot. */
            class Snapshot {

                /**
                 * Constructs a new Snapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.Snapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Snapshot metadata. */
                metadata?: (shoal.raft.v1.SnapshotMetadata.$Properties|null);

                /** Snapshot data. */
                data: Uint8Array;

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Snapshot instance
                 */
                static create(properties: shoal.raft.v1.Snapshot.$Shape): shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape;
                static create(properties?: shoal.raft.v1.Snapshot.$Properties): shoal.raft.v1.Snapshot;

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link shoal.raft.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link shoal.raft.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.Snapshot & shoal.raft.v1.Snapshot.$Shape;

                /**
                 * Verifies a Snapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Snapshot
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.Snapshot;

                /**
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @param message Snapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Snapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Snapshot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Snapshot {

                /** Properties of a Snapshot. */
                interface $Properties {

                    /** Snapshot metadata */
                    metadata?: (shoal.raft.v1.SnapshotMetadata.$Properties|null);

                    /** Snapshot data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Snapshot. */
                type $Shape = shoal.raft.v1.Snapshot.$Properties;
            }

            /** ConfChangeType enum. */
            enum ConfChangeType {

                /** CONF_CHANGE_TYPE_ADD_NODE value */
                CONF_CHANGE_TYPE_ADD_NODE = 0,

                /** CONF_CHANGE_TYPE_REMOVE_NODE value */
                CONF_CHANGE_TYPE_REMOVE_NODE = 1,

                /** CONF_CHANGE_TYPE_ADD_LEARNER_NODE value */
                CONF_CHANGE_TYPE_ADD_LEARNER_NODE = 2
            }

            /**
             * Properties of a ConfChange.
             * @deprecated Use shoal.raft.v1.ConfChange.$Properties instead.
             */
            interface IConfChange extends shoal.raft.v1.ConfChange.$Properties {
            }

            /** Represents a ConfChange. */
            class ConfChange {

                /**
                 * Constructs a new ConfChange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.ConfChange.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfChange type. */
                type: shoal.raft.v1.ConfChangeType;

                /** ConfChange nodeId. */
                nodeId: string;

                /** ConfChange context. */
                context: Uint8Array;

                /**
                 * Creates a new ConfChange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfChange instance
                 */
                static create(properties: shoal.raft.v1.ConfChange.$Shape): shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape;
                static create(properties?: shoal.raft.v1.ConfChange.$Properties): shoal.raft.v1.ConfChange;

                /**
                 * Encodes the specified ConfChange message. Does not implicitly {@link shoal.raft.v1.ConfChange.verify|verify} messages.
                 * @param message ConfChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link shoal.raft.v1.ConfChange.verify|verify} messages.
                 * @param message ConfChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfChange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape;

                /**
                 * Decodes a ConfChange message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.ConfChange & shoal.raft.v1.ConfChange.$Shape;

                /**
                 * Verifies a ConfChange message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfChange
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.ConfChange;

                /**
                 * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
                 * @param message ConfChange
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.ConfChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfChange to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfChange
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfChange {

                /** Properties of a ConfChange. */
                interface $Properties {

                    /** ConfChange type */
                    type?: (shoal.raft.v1.ConfChangeType|null);

                    /** ConfChange nodeId */
                    nodeId?: (string|null);

                    /** ConfChange context */
                    context?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfChange. */
                type $Shape = shoal.raft.v1.ConfChange.$Properties;
            }

            /** MessageType enum. */
            enum MessageType {

                /** MESSAGE_TYPE_HUP value */
                MESSAGE_TYPE_HUP = 0,

                /** MESSAGE_TYPE_BEAT value */
                MESSAGE_TYPE_BEAT = 1,

                /** MESSAGE_TYPE_PROP value */
                MESSAGE_TYPE_PROP = 2,

                /** MESSAGE_TYPE_APP value */
                MESSAGE_TYPE_APP = 3,

                /** MESSAGE_TYPE_APP_RESP value */
                MESSAGE_TYPE_APP_RESP = 4,

                /** MESSAGE_TYPE_VOTE value */
                MESSAGE_TYPE_VOTE = 5,

                /** MESSAGE_TYPE_VOTE_RESP value */
                MESSAGE_TYPE_VOTE_RESP = 6,

                /** MESSAGE_TYPE_SNAP value */
                MESSAGE_TYPE_SNAP = 7,

                /** MESSAGE_TYPE_HEARTBEAT value */
                MESSAGE_TYPE_HEARTBEAT = 8,

                /** MESSAGE_TYPE_HEARTBEAT_RESP value */
                MESSAGE_TYPE_HEARTBEAT_RESP = 9,

                /** MESSAGE_TYPE_UNREACHABLE value */
                MESSAGE_TYPE_UNREACHABLE = 10,

                /** MESSAGE_TYPE_SNAP_STATUS value */
                MESSAGE_TYPE_SNAP_STATUS = 11,

                /** MESSAGE_TYPE_CHECK_QUORUM value */
                MESSAGE_TYPE_CHECK_QUORUM = 12,

                /** MESSAGE_TYPE_TRANSFER_LEADER value */
                MESSAGE_TYPE_TRANSFER_LEADER = 13,

                /** MESSAGE_TYPE_TIMEOUT_NOW value */
                MESSAGE_TYPE_TIMEOUT_NOW = 14,

                /** MESSAGE_TYPE_READ_INDEX value */
                MESSAGE_TYPE_READ_INDEX = 15,

                /** MESSAGE_TYPE_READ_INDEX_RESP value */
                MESSAGE_TYPE_READ_INDEX_RESP = 16,

                /** MESSAGE_TYPE_PRE_VOTE value */
                MESSAGE_TYPE_PRE_VOTE = 17,

                /** MESSAGE_TYPE_PRE_VOTE_RESP value */
                MESSAGE_TYPE_PRE_VOTE_RESP = 18
            }

            /**
             * Properties of a Message.
             * @deprecated Use shoal.raft.v1.Message.$Properties instead.
             */
            interface IMessage extends shoal.raft.v1.Message.$Properties {
            }

            /** Represents a Message. */
            class Message {

                /**
                 * Constructs a new Message.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shoal.raft.v1.Message.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message type. */
                type: shoal.raft.v1.MessageType;

                /** Message to. */
                to: string;

                /** Message from. */
                from: string;

                /** Message term. */
                term: number;

                /** Message logTerm. */
                logTerm: number;

                /** Message index. */
                index: number;

                /** Message entries. */
                entries: shoal.raft.v1.Entry.$Properties[];

                /** Message commit. */
                commit: number;

                /** Message snapshot. */
                snapshot?: (shoal.raft.v1.Snapshot.$Properties|null);

                /** Message reject. */
                reject: boolean;

                /** Message rejectHint. */
                rejectHint: number;

                /** Message context. */
                context: Uint8Array;

                /**
                 * Creates a new Message instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Message instance
                 */
                static create(properties: shoal.raft.v1.Message.$Shape): shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape;
                static create(properties?: shoal.raft.v1.Message.$Properties): shoal.raft.v1.Message;

                /**
                 * Encodes the specified Message message. Does not implicitly {@link shoal.raft.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: shoal.raft.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link shoal.raft.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: shoal.raft.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape;

                /**
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): shoal.raft.v1.Message & shoal.raft.v1.Message.$Shape;

                /**
                 * Verifies a Message message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Message
                 */
                static fromObject(object: { [k: string]: any }): shoal.raft.v1.Message;

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @param message Message
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: shoal.raft.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Message to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Message
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {

                /** Properties of a Message. */
                interface $Properties {

                    /** Message type */
                    type?: (shoal.raft.v1.MessageType|null);

                    /** Message to */
                    to?: (string|null);

                    /** Message from */
                    from?: (string|null);

                    /** Message term */
                    term?: (number|null);

                    /** Message logTerm */
                    logTerm?: (number|null);

                    /** Message index */
                    index?: (number|null);

                    /** Message entries */
                    entries?: (shoal.raft.v1.Entry.$Properties[]|null);

                    /** Message commit */
                    commit?: (number|null);

                    /** Message snapshot */
                    snapshot?: (shoal.raft.v1.Snapshot.$Properties|null);

                    /** Message reject */
                    reject?: (boolean|null);

                    /** Message rejectHint */
                    rejectHint?: (number|null);

                    /** Message context */
                    context?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Message. */
                type $Shape = shoal.raft.v1.Message.$Properties;
            }
        }
    }
}
