using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Dataverse's FetchXML paging cookie, as returned in EntityCollection.PagingCookie and sent back in the fetch
/// element's paging-cookie attribute: &lt;cookie page="2"&gt;&lt;accountid last="{GUID}" first="{GUID}" /&gt;&lt;/cookie&gt;.
/// The page is the one the cookie was returned with; the keys hold the sort columns and the primary key of its
/// first and last rows, from which the next page continues.
/// </summary>
internal sealed class PagingCookie
{
    public PagingCookie(int page, IEnumerable<PagingCookieKey> keys)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
        ArgumentNullException.ThrowIfNull(keys);
        Page = page;
        Keys = [.. keys];
    }

    /// <summary>The page the cookie came with.</summary>
    public int Page { get; }

    /// <summary>The columns, in sort order, the primary key last.</summary>
    public IReadOnlyList<PagingCookieKey> Keys { get; }

    /// <summary>The cookie text.</summary>
    public string Write()
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("cookie");
            writer.WriteAttributeString("page", Page.ToString(CultureInfo.InvariantCulture));
            foreach (PagingCookieKey key in Keys)
            {
                writer.WriteStartElement(key.AttributeName);
                WriteValue(writer, "last", key.Last);
                WriteValue(writer, "first", key.First);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return builder.ToString();
    }

    public override string ToString() => Write();

    /// <summary>Reads a cookie; <see cref="FetchXmlException"/> when it is not one.</summary>
    public static PagingCookie Parse(string cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        XElement root = Load(cookie);

        // The Web API hands the cookie out wrapped (pagenumber, URL-encoded twice in pagingcookie); accept that too.
        if (root.Attribute("pagingcookie") is XAttribute wrapped)
        {
            return Parse(Uri.UnescapeDataString(Uri.UnescapeDataString(wrapped.Value)));
        }

        if (root.Name != XName.Get("cookie"))
        {
            throw Invalid($"the root element must be 'cookie', not '{root.Name.LocalName}'");
        }

        string? pageText = root.Attribute("page")?.Value;
        if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out int page) || page <= 0)
        {
            throw Invalid($"the page must be a number greater than zero, not '{pageText}'");
        }

        return new PagingCookie(page, root.Elements().Select(ReadKey).ToArray());
    }

    /// <summary>Reads a cookie; false when the text is empty or not a cookie.</summary>
    public static bool TryParse(string? cookie, [NotNullWhen(true)] out PagingCookie? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(cookie))
        {
            return false;
        }

        try
        {
            result = Parse(cookie);
            return true;
        }
        catch (FetchXmlException)
        {
            return false;
        }
    }

    private static void WriteValue(XmlWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteAttributeString(name + "null", "1");
        }
        else
        {
            writer.WriteAttributeString(name, value);
        }
    }

    private static PagingCookieKey ReadKey(XElement key) =>
        new(key.Name.LocalName, ReadValue(key, "last"), ReadValue(key, "first"));

    private static string? ReadValue(XElement key, string name)
    {
        string? value = key.Attribute(name)?.Value;
        if (value is not null)
        {
            return value;
        }

        if (key.Attribute(name + "null")?.Value == "1")
        {
            return null;
        }

        throw Invalid($"the column '{key.Name.LocalName}' has neither '{name}' nor '{name}null'");
    }

    private static XElement Load(string cookie)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var text = new StringReader(cookie);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader).Root!;
        }
        catch (XmlException exception)
        {
            throw new FetchXmlException(
                $"The paging cookie is not well-formed: {exception.Message}",
                FetchXmlErrorCodes.InvalidArgument,
                exception.LineNumber,
                exception.LinePosition,
                exception);
        }
    }

    private static FetchXmlException Invalid(string problem) =>
        new($"Invalid paging cookie: {problem}.", FetchXmlErrorCodes.InvalidArgument);
}
