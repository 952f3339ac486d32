using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>Reads the engine's own rows for security decisions: no plug-ins, no security, inside the request's transaction.</summary>
internal interface ISecurityStore
{
    Entity? Retrieve(string table, Guid id, ColumnSet columns);

    IReadOnlyList<Entity> RetrieveAll(QueryExpression query);

    /// <summary>The id of the row with the alternate-key values, found as the handlers find it; null when none has them.</summary>
    Guid? FindByKey(Metadata.TableDefinition table, KeyAttributeCollection keys);
}
