using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>What every endpoint needs: the organization, its entity sets, the body reader, and who the caller is.</summary>
internal sealed class ServeContext
{
    public ServeContext(LocalOrganization organization, Guid defaultUserId)
    {
        Organization = organization;
        DefaultUserId = defaultUserId;
        Catalog = organization.Database.Catalog;
        Sets = new EntitySets(Catalog);
        Reader = new EntityJsonReader(Sets);
    }

    public LocalOrganization Organization { get; }

    public Guid DefaultUserId { get; }

    /// <summary>The catalog the entity sets were made from (the organization's when this context was made).</summary>
    public LocalDataverse.Metadata.MetadataCatalog Catalog { get; }

    public EntitySets Sets { get; }

    public EntityJsonReader Reader { get; }

    /// <summary>The server's address, http://127.0.0.1:port; known once Kestrel listens.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1";

    public string ApiUrl => BaseUrl + WebApiPaths.Root.TrimEnd('/');

    public string EntityUrl(string logicalName, Guid id) => $"{ApiUrl}/{Sets.SetOf(logicalName)}({id:D})";

    /// <summary>
    /// The user the request acts as: the organization's default user, or the user the impersonation headers name as
    /// Dataverse documents them: MSCRMCallerID (a systemuserid) or CallerObjectId (the user's Microsoft Entra
    /// object id, azureactivedirectoryobjectid). An unknown user is refused naming the header.
    /// </summary>
    public IOrganizationService ServiceFor(WebApiRequest request)
    {
        var caller = request.Header("MSCRMCallerID");
        if (caller is not null)
        {
            return Guid.TryParse(caller, out var userId) && UserExists("systemuserid", userId)
                ? Organization.ServiceAs(userId)
                : throw WebApiException.BadRequest($"The MSCRMCallerID header '{caller}' names no systemuser of this organization.");
        }

        var objectId = request.Header("CallerObjectId");
        if (objectId is not null)
        {
            var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false), TopCount = 1 };
            query.Criteria.AddCondition("azureactivedirectoryobjectid", ConditionOperator.Equal, Guid.TryParse(objectId, out var oid) ? oid : Guid.Empty);
            var user = Organization.SystemService.RetrieveMultiple(query).Entities.FirstOrDefault();
            return user is not null
                ? Organization.ServiceAs(user.Id)
                : throw WebApiException.BadRequest($"The CallerObjectId header '{objectId}' names no systemuser (azureactivedirectoryobjectid) of this organization.");
        }

        return Organization.ServiceAs(DefaultUserId);
    }

    private bool UserExists(string column, Guid id)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, id);
        return Organization.SystemService.RetrieveMultiple(query).Entities.Count == 1;
    }
}
