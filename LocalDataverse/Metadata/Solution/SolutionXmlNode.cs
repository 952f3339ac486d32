using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// An element of a solution file together with the file it came from, so every value read from it can report
/// a problem at its file and line.
/// </summary>
internal readonly record struct SolutionXmlNode(XElement Element, string File)
{
    public SourceLocation Location =>
        new(File, Element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0);

    public static XDocument Load(SolutionFile file)
    {
        try
        {
            using var stream = file.Open();
            return XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new MetadataException(
                $"Malformed XML: {e.Message}",
                new SourceLocation(file.RelativePath, e.LineNumber),
                e);
        }
    }

    public static SolutionXmlNode Root(SolutionFile file, string expectedName)
    {
        var root = Load(file).Root!;
        var node = new SolutionXmlNode(root, file.RelativePath);
        if (root.Name.LocalName != expectedName)
        {
            throw node.Error($"Expected the root element <{expectedName}>, found <{root.Name.LocalName}>.");
        }

        return node;
    }

    public SolutionXmlNode? Child(string name) =>
        Element.Element(name) is { } child ? new SolutionXmlNode(child, File) : null;

    public SolutionXmlNode RequiredChild(string name) =>
        Child(name) ?? throw Error($"<{Element.Name.LocalName}> has no <{name}> element.");

    public IEnumerable<SolutionXmlNode> Children(string name)
    {
        var file = File;
        return Element.Elements(name).Select(e => new SolutionXmlNode(e, file));
    }

    /// <summary>Text of a child element, or null when it is absent or empty.</summary>
    public string? Value(string name) => Element.Element(name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    public string RequiredValue(string name) =>
        Value(name) ?? throw Error($"<{Element.Name.LocalName}> has no value in <{name}>.");

    public string? Attribute(string name) => Element.Attribute(name)?.Value;

    public string RequiredAttribute(string name) =>
        Attribute(name) is { Length: > 0 } value ? value : throw Error($"<{Element.Name.LocalName}> has no {name} attribute.");

    public int? IntValue(string name) => ParseInt(Value(name), name);

    public int RequiredIntAttribute(string name) => ParseInt(RequiredAttribute(name), name)!.Value;

    public int? IntAttribute(string name) => ParseInt(Attribute(name), name);

    public decimal? DecimalValue(string name)
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"<{name}> holds '{text}', which is not a number.");
    }

    /// <summary>Reads a 0/1 flag as solution files write them; absent means the default.</summary>
    public bool Flag(string name, bool absent) => Value(name) switch
    {
        null => absent,
        "1" => true,
        "0" => false,
        var other => throw Error($"<{name}> holds '{other}'; expected 0 or 1."),
    };

    /// <summary>
    /// A localized text (&lt;displayname default="…"&gt;&lt;label description="…" languagecode="1033"/&gt;): its default,
    /// else its first label, as the engine works in one language; null when absent.
    /// </summary>
    public string? Label(string name) =>
        Child(name) is { } element
            ? element.Attribute("default") is { Length: > 0 } text ? text : element.Children("label").Select(l => l.Attribute("description")).FirstOrDefault(d => d is { Length: > 0 })
            : null;

    public MetadataException Error(string message) => new(message, Location);

    private int? ParseInt(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"{name} holds '{text}', which is not a whole number.");
    }
}
