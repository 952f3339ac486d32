using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace DataverseSharing.RelevanceEval.Data;

/// <summary>File names and serializer settings shared by the loader and the writer.</summary>
public static class DataFiles
{
    public const string Manifest = "manifest.json";
    public const string Practices = "practices.json";
    public const string Deals = "deals.json";
    public const string Judgments = "judgments.json";
    public const string DateFormat = "yyyy-MM-dd";

    internal static JsonSerializerSettings Settings { get; } = new()
    {
        // Dictionary keys are record ids ("D001"); camel-casing them would corrupt the judgments file.
        ContractResolver = new DefaultContractResolver
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false },
        },
        // A misspelt property would otherwise be dropped silently and the record would "apply to any".
        MissingMemberHandling = MissingMemberHandling.Error,
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Include,
        Formatting = Formatting.Indented,
    };
}
