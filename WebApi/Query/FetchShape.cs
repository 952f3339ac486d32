using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DataverseSharing.WebApi.Http;

namespace DataverseSharing.WebApi.Query;

/// <summary>
/// What a FetchXML query asks for, as far as reading its rows needs: the table, the linked tables by alias (their
/// columns come back as <c>alias.column</c>) and the aggregate aliases (their values come back under the alias).
/// Also rewrites the paging attributes, so a query can be walked page by page with the cookies the server returns.
/// </summary>
internal sealed class FetchShape
{
    private readonly XDocument document;

    private FetchShape(XDocument document, string table)
    {
        this.document = document;
        Table = table;
    }

    public string Table { get; }

    public Dictionary<string, string> LinkAliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (string Table, string Column)> Aggregates { get; } = new(StringComparer.Ordinal);

    public XElement Fetch => document.Root!;

    public static FetchShape Parse(string fetchXml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(fetchXml);
        }
        catch (XmlException error)
        {
            throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"The FetchXML is not well-formed XML: {error.Message}");
        }

        var entity = document.Root?.Name == "fetch" ? document.Root.Element("entity") : null;
        var table = entity?.Attribute("name")?.Value;
        if (entity is null || string.IsNullOrEmpty(table))
        {
            throw WebApiFaults.Create(ErrorCodes.InvalidArgument, "The FetchXML has no <fetch><entity name=...>.");
        }

        var shape = new FetchShape(document, table);
        shape.Collect(entity, table);
        return shape;
    }

    /// <summary>The fetch text with this page, size and cookie (the rest as given).</summary>
    public string WithPage(int page, int? count, string? cookie)
    {
        Fetch.SetAttributeValue("page", page.ToString(CultureInfo.InvariantCulture));
        if (count is { } size)
        {
            Fetch.SetAttributeValue("count", size.ToString(CultureInfo.InvariantCulture));
        }

        Fetch.SetAttributeValue("paging-cookie", cookie);
        return ToString();
    }

    public int? Count => int.TryParse(Fetch.Attribute("count")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : null;

    public int Page => int.TryParse(Fetch.Attribute("page")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) ? page : 1;

    public override string ToString() => Fetch.ToString(SaveOptions.DisableFormatting);

    private void Collect(XElement element, string table)
    {
        foreach (var attribute in element.Elements("attribute"))
        {
            var alias = attribute.Attribute("alias")?.Value;
            var name = attribute.Attribute("name")?.Value;
            if (alias is not null && name is not null)
            {
                Aggregates[alias] = (table, name);
            }
        }

        var unnamed = 0;
        foreach (var link in element.Elements("link-entity"))
        {
            var name = link.Attribute("name")?.Value;
            if (name is null)
            {
                continue;
            }

            // An unaliased link's columns come back under the table's name numbered in order, as the platform names them.
            var alias = link.Attribute("alias")?.Value ?? $"{name}{++unnamed}";
            LinkAliases[alias] = name;
            LinkAliases.TryAdd(name, name);
            Collect(link, name);
        }
    }
}
