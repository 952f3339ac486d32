using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Reads environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml (schema name, type,
/// default value, display name) and the environmentvariablevalues.json beside it (the current value) into
/// environmentvariabledefinition and environmentvariablevalue rows, as an import writes them. A plug-in then reads
/// a variable the documented way: the definition, linked to its value, the default when there is no value.
/// </summary>
internal static class EnvironmentVariableReader
{
    public const string DefinitionTable = "environmentvariabledefinition";
    public const string ValueTable = "environmentvariablevalue";
    private const string Folder = "environmentvariabledefinitions/";
    private const string DefinitionFile = "environmentvariabledefinition.xml";
    private const string ValuesFile = "environmentvariablevalues.json";

    // environmentvariabledefinition.type: String, Number, Boolean, JSON, Data source, Secret.
    private const int FirstType = EnvironmentVariableTypes.String;
    private const int LastType = EnvironmentVariableTypes.Secret;

    /// <summary>The definition rows, each followed by its value row when the folder gives one.</summary>
    /// <exception cref="MetadataException">Malformed XML or JSON, a missing schema name or type, an unknown type.</exception>
    public static IReadOnlyList<Entity> Read(IReadOnlyList<SolutionFile> files)
    {
        var rows = new List<Entity>();
        var inFolder = files.Where(f => f.RelativePath.StartsWith(Folder, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var group in inFolder.GroupBy(f => f.RelativePath.Split('/')[1], StringComparer.OrdinalIgnoreCase))
        {
            var definitionFile = group.FirstOrDefault(f => Named(f, DefinitionFile))
                ?? throw new MetadataException($"{Folder}{group.Key}/ has no {DefinitionFile}.", new SourceLocation(group.First().RelativePath, 0));
            var definition = ReadDefinition(definitionFile, group.Key);
            rows.Add(definition);
            if (group.FirstOrDefault(f => Named(f, ValuesFile)) is { } values)
            {
                rows.AddRange(ReadValues(values, definition, definition.GetAttributeValue<string>("schemaname") ?? group.Key));
            }
        }

        return rows;
    }

    private static bool Named(SolutionFile file, string name) =>
        file.RelativePath.Split('/') is [_, _, var last] && last.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static Entity ReadDefinition(SolutionFile file, string folderName)
    {
        var root = SolutionXmlNode.Root(file, DefinitionTable);
        var schemaName = root.RequiredAttribute("schemaname");
        if (!string.Equals(schemaName, folderName, StringComparison.OrdinalIgnoreCase))
        {
            throw root.Error($"The environment variable '{schemaName}' must be in {Folder}{schemaName}/, not {Folder}{folderName}/.");
        }

        var type = root.IntValue("type") ?? throw root.Error($"The environment variable '{schemaName}' has no value in <type>.");
        if (type is < FirstType or > LastType)
        {
            throw root.RequiredChild("type").Error(
                $"The environment variable '{schemaName}' has the unknown type {type}; expected 100000000 (String) to 100000005 (Secret).");
        }

        var id = Setup.StableIds.Of(DefinitionTable, schemaName);
        var row = new Entity(DefinitionTable, id)
        {
            ["environmentvariabledefinitionid"] = id,
            ["schemaname"] = schemaName,
            ["displayname"] = root.Label("displayname") ?? schemaName,
            ["type"] = new OptionSetValue(type),
            ["isrequired"] = root.Flag("isrequired", absent: false),
        };
        Set(row, "description", root.Label("description"));
        if (root.Value("defaultvalue") is { } defaultValue)
        {
            if (EnvironmentVariableTypes.Problem(type, defaultValue) is { } problem)
            {
                throw root.RequiredChild("defaultvalue").Error($"The default value of the environment variable '{schemaName}' {problem}.");
            }

            row["defaultvalue"] = defaultValue;
        }

        return row;
    }

    // { "environmentvariablevalues": { "environmentvariablevalue": { "@environmentvariablevalueid": "…", "value": "…" } } },
    // where environmentvariablevalue may also be an array.
    private static IEnumerable<Entity> ReadValues(SolutionFile file, Entity definition, string schemaName)
    {
        using var document = Parse(file);
        if (!document.RootElement.TryGetProperty("environmentvariablevalues", out var list) || !list.TryGetProperty(ValueTable, out var values))
        {
            throw new MetadataException($"The values of '{schemaName}' have no environmentvariablevalues.{ValueTable}.", new SourceLocation(file.RelativePath, 0));
        }

        var items = values.ValueKind == JsonValueKind.Array ? values.EnumerateArray().ToList() : [values];
        if (items.Count > 1)
        {
            // Dataverse keeps one current value per definition.
            throw new MetadataException($"The environment variable '{schemaName}' has {items.Count} values; it may have one.", new SourceLocation(file.RelativePath, 0));
        }

        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("value", out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                throw new MetadataException($"The value of '{schemaName}' has no \"value\".", new SourceLocation(file.RelativePath, 0));
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (EnvironmentVariableTypes.Problem(definition.GetAttributeValue<OptionSetValue>("type")!.Value, text) is { } problem)
            {
                throw new MetadataException($"The value of the environment variable '{schemaName}' {problem}.", new SourceLocation(file.RelativePath, 0));
            }

            var id = item.TryGetProperty("@environmentvariablevalueid", out var idText) && Guid.TryParse(idText.GetString(), out var given)
                ? given
                : Setup.StableIds.Of(ValueTable, schemaName);
            yield return new Entity(ValueTable, id)
            {
                ["environmentvariablevalueid"] = id,
                ["schemaname"] = schemaName,
                ["value"] = text,
                ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
            };
        }
    }

    private static JsonDocument Parse(SolutionFile file)
    {
        try
        {
            using var stream = file.Open();
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new MetadataException($"Malformed JSON: {e.Message}", new SourceLocation(file.RelativePath, (int)(e.LineNumber ?? -1) + 1), e);
        }
    }

    private static void Set(Entity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }
}
