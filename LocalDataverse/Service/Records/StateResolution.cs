using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Keeps statecode and statuscode consistent, as Dataverse does: a status reason implies its state, a state
/// alone gets its default status reason, and a new row starts in state 0 with that state's default reason.
/// </summary>
internal static class StateResolution
{
    /// <summary>The (state, status) to write, or null when the table has no state or the write changes neither.</summary>
    public static (int State, int Status)? Resolve(TableDefinition table, Entity target, bool isCreate)
    {
        var stateColumn = table.FindColumn("statecode");
        var statusColumn = table.FindColumn("statuscode");
        if (stateColumn?.OptionSet is null || statusColumn?.OptionSet is null)
        {
            return null;
        }

        var state = Option(target, "statecode");
        var status = Option(target, "statuscode");
        if (state is null && status is null && !isCreate)
        {
            return null;
        }

        if (status is { } reason)
        {
            var statusOption = statusColumn.OptionSet.Find(reason)
                ?? throw DataverseFaults.OptionOutOfRange(table.LogicalName, "statuscode", reason, statusColumn.OptionSet.Options.Select(o => o.Value));
            var owningState = statusOption.State ?? 0;
            if (state is { } requested && requested != owningState)
            {
                var name = stateColumn.OptionSet.Find(requested)?.InvariantName ?? requested.ToString(System.Globalization.CultureInfo.InvariantCulture);
                throw DataverseFaults.InvalidArgument($"{reason} is not a valid status code for state code {table.SchemaName}State.{name} on {table.LogicalName}.");
            }

            return (owningState, reason);
        }

        var newState = state ?? 0;
        var stateOption = stateColumn.OptionSet.Find(newState)
            ?? throw DataverseFaults.OptionOutOfRange(table.LogicalName, "statecode", newState, stateColumn.OptionSet.Options.Select(o => o.Value));
        return (newState, stateOption.DefaultStatus ?? statusColumn.OptionSet.Options.First(o => o.State == newState).Value);
    }

    private static int? Option(Entity target, string attribute) =>
        target.Attributes.TryGetValue(attribute, out var value) && value is OptionSetValue option ? option.Value : null;
}
