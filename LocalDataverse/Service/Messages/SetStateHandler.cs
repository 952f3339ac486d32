using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// SetState: moves a row to a state and status reason (Status -1 is the state's default reason). The pair is checked
/// against the table's metadata and written with the stamps of an Update (modifiedon, modifiedby, versionnumber).
/// </summary>
internal sealed class SetStateHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Write("EntityMoniker");

    public string MessageName => "SetState";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var moniker = RequestParameters.Get<EntityReference>(request, "EntityMoniker") ?? throw DataverseFaults.InvalidArgument("SetState requires an EntityMoniker.");
        var state = RequestParameters.Get<OptionSetValue>(request, "State") ?? throw DataverseFaults.InvalidArgument("SetState requires a State.");
        var status = RequestParameters.Get<OptionSetValue>(request, "Status") ?? throw DataverseFaults.InvalidArgument("SetState requires a Status.");
        var table = TableLookup.Table(context.Catalog, moniker.LogicalName);
        if (table.FindColumn("statecode") is null)
        {
            throw DataverseFaults.InvalidArgument($"The entity '{table.LogicalName}' has no state: SetState does not apply to it.");
        }

        var id = AlternateKeyLookup.Resolve(context, table, moniker);
        var store = new RecordStore(context, table);
        if (!store.Exists(id))
        {
            throw DataverseFaults.RecordNotFound(table.LogicalName, id);
        }

        store.Update(id, RecordWriter.ForUpdate(context, table, StateChange(table.LogicalName, id, state.Value, status.Value)));
        return new SetStateResponse();
    }

    /// <summary>
    /// The change Update would make for the pair; status -1 leaves the reason out so the state's default applies.
    /// RecordWriter validates the pair against the metadata, with the fault Update raises for a mismatch.
    /// </summary>
    internal static Entity StateChange(string table, Guid id, int state, int status)
    {
        var change = new Entity(table, id) { ["statecode"] = new OptionSetValue(state) };
        if (status != -1)
        {
            change["statuscode"] = new OptionSetValue(status);
        }

        return change;
    }
}
