using Newtonsoft.Json;

namespace DataverseSharing.RelevanceEval.Data.Json;

internal sealed class ManifestJson
{
    public string? Name { get; set; }
    public string? AsOf { get; set; }
    public string? Description { get; set; }

    /// <summary>Optional path, relative to the set's directory, of a practice library shared with another set.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Practices { get; set; }
}
