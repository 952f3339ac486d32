using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Optimistic concurrency of Update and Delete: with ConcurrencyBehavior.IfRowVersionMatches the write happens
/// only if the row still has the version the caller read, so two editors cannot overwrite each other unseen.
/// </summary>
internal static class RowVersionCheck
{
    public static void Enforce(OrganizationRequest request, RequestContext context, TableDefinition table, Guid id, string? rowVersion)
    {
        var behavior = request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior given
            ? given
            : ConcurrencyBehavior.Default;
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(rowVersion))
        {
            throw DataverseFaults.Create(
                ErrorCodes.ConcurrencyVersionNotProvided,
                "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");
        }

        var stored = table.FindColumn("versionnumber") is { } column
            ? new RecordStore(context, table).Read(id, [column])?.GetAttributeValue<long?>("versionnumber")
            : null;
        if (stored is null || stored.Value.ToString(CultureInfo.InvariantCulture) != rowVersion)
        {
            throw DataverseFaults.Create(
                ErrorCodes.ConcurrencyVersionMismatch,
                "The version of the existing record doesn't match the RowVersion property provided.");
        }
    }
}
