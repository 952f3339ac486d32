using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// One element of a FetchXML document as the readers see it: typed access to its attributes, and errors that name
/// the element, its line and its position. Every reader checks its element's attributes against the schema through
/// here, so an unknown or misspelt attribute is an error rather than silently ignored.
/// </summary>
internal sealed class FetchElement
{
    private static readonly HashSet<string> NoChildren = [];

    private readonly XElement _element;

    public FetchElement(XElement element)
    {
        _element = element;
    }

    /// <summary>The element name.</summary>
    public string Name => _element.Name.LocalName;

    /// <summary>The one-based line of the element's start tag.</summary>
    public int Line => ((IXmlLineInfo)_element).LineNumber;

    /// <summary>The text content (for value elements).</summary>
    public string Text => _element.Value;

    /// <summary>Refuses any attribute not in <paramref name="known"/>.</summary>
    public void RequireKnownAttributes(IReadOnlySet<string> known)
    {
        foreach (XAttribute attribute in _element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            if (attribute.Name.Namespace != XNamespace.None || !known.Contains(attribute.Name.LocalName))
            {
                throw Error($"the attribute '{attribute.Name.LocalName}' is not valid on '{Name}'", attribute);
            }
        }
    }

    /// <summary>The child elements, refusing text content and elements not in <paramref name="allowed"/>.</summary>
    public IEnumerable<FetchElement> Children(IReadOnlySet<string> allowed)
    {
        foreach (XNode node in _element.Nodes())
        {
            switch (node)
            {
                case XElement child when child.Name.Namespace == XNamespace.None && allowed.Contains(child.Name.LocalName):
                    yield return new FetchElement(child);
                    break;
                case XElement child:
                    throw new FetchElement(child).Error(
                        $"'{child.Name.LocalName}' is not a valid child of '{Name}'", null, FetchXmlErrorCodes.InvalidNode);
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    throw Error($"'{Name}' cannot contain text");
                default:
                    break;
            }
        }
    }

    /// <summary>Refuses any content: elements that the schema declares empty (attribute, order, all-attributes).</summary>
    public void RequireEmpty()
    {
        // With nothing allowed, walking the children refuses the first element or text there is.
        _ = Children(NoChildren).Count();
    }

    /// <summary>Refuses child elements (a value element holds text only).</summary>
    public void RequireNoChildElements()
    {
        XElement? child = _element.Elements().FirstOrDefault();
        if (child is not null)
        {
            throw new FetchElement(child).Error($"'{Name}' cannot contain elements", null, FetchXmlErrorCodes.InvalidNode);
        }
    }

    /// <summary>The attribute's value, or null when absent.</summary>
    public string? Optional(string name) => _element.Attribute(name)?.Value;

    /// <summary>The attribute's value; absent or empty is an error.</summary>
    public string Required(string name)
    {
        string? value = Optional(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error($"'{Name}' requires the '{name}' attribute");
        }

        return value;
    }

    /// <summary>A boolean attribute (true/false/1/0, any case); <paramref name="defaultValue"/> when absent.</summary>
    public bool Boolean(string name, bool defaultValue, int errorCode = FetchXmlErrorCodes.InvalidArgument)
    {
        XAttribute? attribute = _element.Attribute(name);
        if (attribute is null)
        {
            return defaultValue;
        }

        // The schema says xs:boolean, but FetchXML written by tools often says "True"; Dataverse accepts both.
        switch (attribute.Value.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1":
                return true;
            case "FALSE" or "0":
                return false;
            default:
                throw Error($"the '{name}' attribute must be true or false, not '{attribute.Value}'", attribute, errorCode);
        }
    }

    /// <summary>A whole-number attribute; null when absent (or empty, where the schema allows it).</summary>
    public int? Integer(string name, bool emptyAllowed = false)
    {
        XAttribute? attribute = _element.Attribute(name);
        if (attribute is null || (emptyAllowed && attribute.Value.Length == 0))
        {
            return null;
        }

        if (!int.TryParse(attribute.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            throw Error($"the '{name}' attribute must be a whole number, not '{attribute.Value}'", attribute);
        }

        return value;
    }

    /// <summary>A whole-number attribute that must be greater than zero when present.</summary>
    public int? PositiveInteger(string name, int errorCode = FetchXmlErrorCodes.InvalidArgument)
    {
        int? value = Integer(name);
        if (value <= 0)
        {
            throw Error($"the '{name}' attribute must be greater than zero, not {value}", _element.Attribute(name), errorCode);
        }

        return value;
    }

    /// <summary>An error about this element (or one of its attributes), with the line and position.</summary>
    public FetchXmlException Error(string problem, XObject? at = null, int errorCode = FetchXmlErrorCodes.InvalidArgument)
    {
        var lineInfo = (IXmlLineInfo)(at ?? _element);
        int? line = lineInfo.HasLineInfo() ? lineInfo.LineNumber : null;
        int? position = lineInfo.HasLineInfo() ? lineInfo.LinePosition : null;
        string where = line is null
            ? $"'{Name}' element"
            : string.Create(CultureInfo.InvariantCulture, $"'{Name}' element at line {line}, position {position}");
        return new FetchXmlException($"Invalid FetchXML: {problem} ({where}).", errorCode, line, position);
    }

    /// <summary>An error about one of this element's attributes, positioned on the attribute.</summary>
    public FetchXmlException AttributeError(string attributeName, string problem, int errorCode = FetchXmlErrorCodes.InvalidArgument) =>
        Error(problem, _element.Attribute(attributeName), errorCode);
}
