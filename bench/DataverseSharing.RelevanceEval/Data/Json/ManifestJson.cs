namespace DataverseSharing.RelevanceEval.Data.Json;

internal sealed class ManifestJson
{
    public string? Name { get; set; }
    public string? AsOf { get; set; }
    public string? Description { get; set; }
}
