using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchElementTests
{
    private static FetchElement Element(string xml) =>
        new(XDocument.Parse(xml, LoadOptions.SetLineInfo).Root!);

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" 1 ", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Boolean_AcceptedSpellings_AreRead(string text, bool expected)
    {
        Assert.Equal(expected, Element($"<x flag='{text}' />").Boolean("flag", !expected));
    }

    [Fact]
    public void Boolean_Absent_IsTheDefault()
    {
        Assert.True(Element("<x />").Boolean("flag", true));
    }

    [Fact]
    public void Boolean_Other_IsRefusedWithTheGivenCode()
    {
        var error = Assert.Throws<FetchXmlException>(() => Element("<x flag='yes' />").Boolean("flag", false, 42));

        Assert.Equal(42, error.ErrorCode);
        Assert.Equal(4, error.LinePosition);
    }

    [Fact]
    public void Integer_ReadsWholeNumbersAndRefusesTheRest()
    {
        Assert.Equal(-3, Element("<x n='-3' />").Integer("n"));
        Assert.Null(Element("<x />").Integer("n"));
        Assert.Null(Element("<x n='' />").Integer("n", emptyAllowed: true));
        Assert.Throws<FetchXmlException>(() => Element("<x n='' />").Integer("n"));
        Assert.Throws<FetchXmlException>(() => Element("<x n='1.5' />").Integer("n"));
    }

    [Fact]
    public void PositiveInteger_ZeroOrLess_IsRefused()
    {
        Assert.Equal(7, Element("<x n='7' />").PositiveInteger("n"));
        Assert.Throws<FetchXmlException>(() => Element("<x n='0' />").PositiveInteger("n"));
    }

    [Fact]
    public void Required_MissingOrBlank_IsRefusedNamingElementAndAttribute()
    {
        var error = Assert.Throws<FetchXmlException>(() => Element("<entity name=' ' />").Required("name"));

        Assert.Equal("Invalid FetchXML: 'entity' requires the 'name' attribute ('entity' element at line 1, position 2).", error.Message);
        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, error.ErrorCode);
    }

    [Fact]
    public void RequireKnownAttributes_IgnoresNamespaceDeclarationsButNotNamespacedAttributes()
    {
        HashSet<string> known = ["name"];
        Element("<x xmlns:a='urn:a' name='n' />").RequireKnownAttributes(known);

        Assert.Throws<FetchXmlException>(() => Element("<x xmlns:a='urn:a' a:name='n' />").RequireKnownAttributes(known));
    }

    [Fact]
    public void Children_AllowedElements_AreReturnedInOrder()
    {
        HashSet<string> allowed = ["a", "b"];

        Assert.Equal(["a", "b", "a"], Element("<x><a /> <b /><a /></x>").Children(allowed).Select(child => child.Name));
    }

    [Fact]
    public void Children_NamespacedChild_IsRefused()
    {
        HashSet<string> allowed = ["a"];

        Assert.Throws<FetchXmlException>(() => Element("<x><a xmlns='urn:a' /></x>").Children(allowed).ToList());
    }

    [Fact]
    public void Error_WithoutLineInfo_StillNamesTheElement()
    {
        var element = new FetchElement(new XElement("condition"));

        FetchXmlException error = element.Error("broken");

        Assert.Null(error.LineNumber);
        Assert.Equal("Invalid FetchXML: broken ('condition' element).", error.Message);
    }
}
