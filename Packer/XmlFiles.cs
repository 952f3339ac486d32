using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DataverseSharing.Packer;

/// <summary>
/// Reads and writes the XML of a solution the way pac writes it (UTF-8 without BOM, two-space indent, LF), so a file
/// that came out of an unpack packs and unpacks to the same bytes.
/// </summary>
internal static class XmlFiles
{
    internal static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>Parses <paramref name="bytes"/>; a malformed file is refused naming it and the line.</summary>
    internal static XDocument Parse(string name, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new PackerException($"{name}: line {e.LineNumber}, position {e.LinePosition}: malformed XML: {e.Message}", e);
        }
    }

    internal static byte[] Write(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        // pac ends every file with a newline after the root's end tag.
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// <paramref name="root"/> as a file of its own. A component taken out of customizations.xml may use xsi:nil
    /// without declaring xsi itself (the document root did); the declaration goes on its root, as pac writes it.
    /// </summary>
    internal static byte[] Write(XElement root)
    {
        var copy = new XElement(root);
        if (copy.GetPrefixOfNamespace(Xsi) is null && copy.DescendantsAndSelf().Attributes().Any(a => a.Name.Namespace == Xsi))
        {
            copy.Add(new XAttribute(XNamespace.Xmlns + "xsi", Xsi));
        }

        return Write(new XDocument(new XDeclaration("1.0", "utf-8", null), copy));
    }

    internal static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The root element, or a refusal naming the file when it is not <paramref name="expected"/>.</summary>
    internal static XElement Root(string name, XDocument document, string expected)
    {
        var root = document.Root ?? throw new PackerException($"{name}: no root element");
        if (root.Name.LocalName != expected)
        {
            throw new PackerException($"{name}: line {Line(root)}: the root element is <{root.Name.LocalName}>, expected <{expected}>");
        }

        return root;
    }

    /// <summary>A copy of <paramref name="element"/> as an empty element with its attributes, written as &lt;X /&gt;.</summary>
    internal static XElement Emptied(XElement element) => new(element.Name, element.Attributes());
}
