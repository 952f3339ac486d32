using System.Globalization;

namespace DataverseSharing.Build.StandardTables;

/// <summary>One column as the reference documents it: only the facts the engine needs, never descriptions.</summary>
internal sealed record ReferenceColumn(string Name, string Type, string Required, bool ReadOnly, bool UpdateAllowed, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<ReferenceOption> Options);

internal sealed record ReferenceOption(int Value, string Label, int? DefaultStatus, int? State);

/// <summary>A many-to-one relationship of the table, as its page lists it.</summary>
internal sealed record ReferenceRelationship(string Name, string Referenced, string Attribute, string Cascade);

/// <summary>
/// Reads one table page of the Dataverse table reference. The pages exist in two layouts (an older one with plain
/// property rows, a newer one with bold and code marks and a "Details" column for choices); both are read here.
/// </summary>
internal sealed class ReferencePage
{
    private readonly Dictionary<string, string> tableProperties = new(StringComparer.Ordinal);
    private readonly List<ReferenceColumn> columns = [];
    private readonly List<ReferenceRelationship> relationships = [];

    private ReferencePage(string file) => File = file;

    public string File { get; }

    public IReadOnlyDictionary<string, string> Properties => tableProperties;

    public IReadOnlyList<ReferenceColumn> Columns => columns;

    public IReadOnlyList<ReferenceRelationship> ManyToOne => relationships;

    public string Property(string name) => tableProperties.TryGetValue(name, out var value) && value.Length > 0
        ? value
        : throw new FormatException($"{File}: the table property '{name}' is missing.");

    public static ReferencePage Read(string file)
    {
        var page = new ReferencePage(file);
        page.Parse(System.IO.File.ReadAllLines(file));
        return page;
    }

    private void Parse(string[] lines)
    {
        var section = Section.Table;
        Dictionary<string, string>? current = null;
        List<ReferenceOption>? options = null;
        string[]? optionHeader = null;
        string? heading = null;
        var lineNumber = 0;

        void Flush()
        {
            if (current is null)
            {
                return;
            }

            if (section is Section.Writable or Section.ReadOnly)
            {
                AddColumn(current, options ?? [], section == Section.ReadOnly, lineNumber);
            }
            else if (section == Section.ManyToOne && heading is not null)
            {
                AddRelationship(heading, current, lineNumber);
            }

            current = null;
            options = null;
            optionHeader = null;
        }

        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                section = SectionOf(line);
                continue;
            }

            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                heading = Clean(line[(line.LastIndexOf('>') + 1)..].TrimStart('#'));
                current = section == Section.Table ? null : new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            if (line.StartsWith("#### ", StringComparison.Ordinal))
            {
                options = current is null ? null : [];
                optionHeader = null;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(Clean).ToArray();
            if (cells.Length < 2 || cells[0].StartsWith('-') || cells[0] == "Property")
            {
                continue;
            }

            if (options is not null)
            {
                if (cells[0] == "Value")
                {
                    optionHeader = cells;
                }
                else if (optionHeader is not null)
                {
                    options.Add(ParseOption(cells, optionHeader, lineNumber));
                }

                continue;
            }

            if (section == Section.Table)
            {
                tableProperties[cells[0]] = cells[1];
            }
            else if (current is not null)
            {
                current[cells[0]] = cells[1];
            }
        }

        Flush();
    }

    private void AddColumn(Dictionary<string, string> properties, List<ReferenceOption> options, bool readOnly, int line)
    {
        if (!properties.TryGetValue("LogicalName", out var name) || !properties.TryGetValue("Type", out var type))
        {
            throw new FormatException($"{File}({line}): a column has no LogicalName or Type.");
        }

        columns.Add(new ReferenceColumn(
            name,
            type,
            properties.GetValueOrDefault("RequiredLevel", "None"),
            readOnly,
            properties.GetValueOrDefault("IsValidForUpdate") != "False",
            properties,
            options));
    }

    private void AddRelationship(string name, Dictionary<string, string> properties, int line)
    {
        if (!properties.TryGetValue("ReferencedEntity", out var referenced) || !properties.TryGetValue("ReferencingAttribute", out var attribute))
        {
            throw new FormatException($"{File}({line}): the relationship '{name}' has no ReferencedEntity or ReferencingAttribute.");
        }

        relationships.Add(new ReferenceRelationship(name, referenced, attribute, properties.GetValueOrDefault("CascadeConfiguration", string.Empty)));
    }

    private ReferenceOption ParseOption(string[] cells, string[] header, int line)
    {
        if (!int.TryParse(cells[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"{File}({line}): the choice value '{cells[0]}' is not a whole number.");
        }

        string? label = null;
        int? defaultStatus = null, state = null;
        for (var i = 1; i < header.Length && i < cells.Length; i++)
        {
            switch (header[i])
            {
                case "Label":
                    label = cells[i];
                    break;
                case "DefaultStatus":
                    defaultStatus = Whole(cells[i]);
                    break;
                case "State":
                    state = Whole(cells[i]);
                    break;
                case "Details":
                    // The newer layout folds label, default status and state into one cell.
                    foreach (var part in cells[i].Split("<br />", StringSplitOptions.TrimEntries))
                    {
                        var colon = part.IndexOf(':', StringComparison.Ordinal);
                        if (colon < 0)
                        {
                            continue;
                        }

                        var key = part[..colon].Trim();
                        var text = part[(colon + 1)..].Trim();
                        if (key == "Label")
                        {
                            label = text;
                        }
                        else if (key == "DefaultStatus")
                        {
                            defaultStatus = Whole(text);
                        }
                        else if (key == "State")
                        {
                            state = Whole(text);
                        }
                    }

                    break;
            }
        }

        return new ReferenceOption(value, label ?? throw new FormatException($"{File}({line}): the choice {value} has no label."), defaultStatus, state);
    }

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Clean(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal).Trim();

    private static Section SectionOf(string heading) => heading switch
    {
        _ when heading.Contains("Writable", StringComparison.OrdinalIgnoreCase) => Section.Writable,
        _ when heading.Contains("Read-only", StringComparison.OrdinalIgnoreCase) => Section.ReadOnly,
        _ when heading.Contains("Many-to-One", StringComparison.OrdinalIgnoreCase) => Section.ManyToOne,
        _ when heading.Contains("Properties", StringComparison.OrdinalIgnoreCase) => Section.Table,
        _ => Section.Other,
    };

    private enum Section
    {
        Table,
        Writable,
        ReadOnly,
        ManyToOne,
        Other,
    }
}
