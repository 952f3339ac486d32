namespace DataverseSharing.WebResources;

/// <summary>Marks the web resources' build project; the project exists for its npm build targets, not for code.</summary>
internal static class WebResourcesBuild
{
}
