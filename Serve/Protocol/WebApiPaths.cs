namespace DataverseSharing.Serve.Protocol;

/// <summary>Where the Web API lives on the server, as on Dataverse.</summary>
internal static class WebApiPaths
{
    public const string Root = "/api/data/v9.2/";
}
