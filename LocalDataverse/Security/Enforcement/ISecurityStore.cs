using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>Reads the engine's own rows for security decisions: no plug-ins, no security, inside the request's transaction.</summary>
internal interface ISecurityStore
{
    Entity? Retrieve(string table, Guid id, ColumnSet columns);

    IReadOnlyList<Entity> RetrieveAll(QueryExpression query);
}
