using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>What the pipeline needs from the service running a request, inside that request's transaction.</summary>
internal interface IPipelineHost
{
    /// <summary>The user the request runs as.</summary>
    Guid UserId { get; }

    /// <summary>Where the request comes from: the top, or a plug-in step.</summary>
    PipelineCaller Caller { get; }

    /// <summary>Reads a row for an entity image: no plug-ins, no security, inside the transaction when there is one. Null when absent.</summary>
    Entity? RetrieveForImage(string table, Guid id, ColumnSet columns);

    /// <summary>Writes a system row (an asynchronous job) inside the transaction, bypassing the pipeline.</summary>
    void CreateSystemRow(Entity row);

    /// <summary>A service for a plug-in: as the user (null means SYSTEM), with the step as the caller.</summary>
    IOrganizationService ServiceFor(Guid? userId, PipelineCaller caller);

    /// <summary>The business unit of a user, or Guid.Empty when the user has no row.</summary>
    Guid BusinessUnitOf(Guid userId);

    /// <summary>The ids of the users with this full name (systemuser.fullname), read without security.</summary>
    IReadOnlyList<Guid> UsersNamed(string fullName);
}
