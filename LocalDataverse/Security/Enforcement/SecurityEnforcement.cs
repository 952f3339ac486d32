using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>
/// Enforces security roles on every request of an organization: the caller's principal and the business unit
/// tree are read from the organization's rows for each request, so role or team changes apply at once.
/// SYSTEM (plug-ins asking for a service without a user) is not checked, as on the platform.
/// </summary>
internal sealed class SecurityEnforcement
{
    public SecurityEnforcement(RoleCatalog roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        Roles = roles;
    }

    /// <summary>Enforcement with the package's roles and the standard roles.</summary>
    public static SecurityEnforcement Default { get; } = new(RoleCatalog.Default);

    /// <summary>The role definitions role rows are matched to (by id, then by name).</summary>
    /// <summary>The role definitions; a solution import replaces them with a catalog that has its roles too.</summary>
    public RoleCatalog Roles { get; internal set; }

    /// <summary>
    /// Checks the request for <paramref name="userId"/>; returns the query a RetrieveMultiple must run instead
    /// (narrowed to readable rows), or null when the request runs as sent.
    /// </summary>
    internal QueryBaseSwap? Authorize(OrganizationRequest request, MessagePrivileges declared, Func<string, MessagePrivileges> declarationOf, Guid userId, MetadataCatalog catalog, ISecurityStore store)
    {
        var loader = new PrincipalLoader(store, Roles);
        var principal = loader.Load(userId) ?? throw DataverseFaults.RecordNotFound("systemuser", userId);
        var checker = new AccessChecker(loader.LoadBusinessUnits());
        try
        {
            var authorized = new RequestAuthorizer(catalog, store, principal, checker, loader, declarationOf).Authorize(request, declared);
            return ReferenceEquals(authorized, request) ? null : new QueryBaseSwap(request, declared.Parameter, authorized.Parameters["Query"]);
        }
        catch (SecurityFaultException e)
        {
            throw DataverseFaults.Create(e.ErrorCode, e.Message);
        }
    }
}

/// <summary>
/// Puts the narrowed query into the caller's request for the main operation and the original back afterwards,
/// so the pipeline and the handler see one request object and the caller's request is left as it was sent.
/// </summary>
internal sealed class QueryBaseSwap : IDisposable
{
    private readonly OrganizationRequest request;
    private readonly string parameter;
    private readonly object? original;

    public QueryBaseSwap(OrganizationRequest request, string parameter, object? narrowed)
    {
        this.request = request;
        this.parameter = parameter;
        original = request.Parameters[parameter];
        request.Parameters[parameter] = narrowed;
    }

    public void Dispose() => request.Parameters[parameter] = original;
}
