using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class PagingCookieTests
{
    [Fact]
    public void Write_PrimaryKeyOnly_IsDataverseFormat()
    {
        var cookie = new PagingCookie(1, [new PagingCookieKey("accountid", "{E062B974-7F8D-DC11-9048-0003FF27AC3B}", "{60B934EF-798D-DC11-9048-0003FF27AC3B}")]);

        Assert.Equal(
            "<cookie page=\"1\"><accountid last=\"{E062B974-7F8D-DC11-9048-0003FF27AC3B}\" first=\"{60B934EF-798D-DC11-9048-0003FF27AC3B}\" /></cookie>",
            cookie.Write());
        Assert.Equal(cookie.Write(), cookie.ToString());
    }

    [Fact]
    public void Write_NullValues_UseTheNullAttributes()
    {
        var cookie = new PagingCookie(2, [new PagingCookieKey("name", null, null), new PagingCookieKey("accountid", "{A}", "{B}")]);

        Assert.Equal("<cookie page=\"2\"><name lastnull=\"1\" firstnull=\"1\" /><accountid last=\"{A}\" first=\"{B}\" /></cookie>", cookie.Write());
    }

    [Fact]
    public void Write_ValuesWithXmlCharacters_AreEscaped()
    {
        string text = new PagingCookie(1, [new PagingCookieKey("name", "A & \"B\" <C>", "x")]).Write();

        Assert.Contains("last=\"A &amp; &quot;B&quot; &lt;C&gt;\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrittenCookie_RoundTrips()
    {
        var original = new PagingCookie(3, [
            new PagingCookieKey("name", "Zeta & Co", null),
            new PagingCookieKey("createdon", null, "2024-05-01T10:00:00.0000000Z"),
            new PagingCookieKey("accountid", "{E062B974-7F8D-DC11-9048-0003FF27AC3B}", "{60B934EF-798D-DC11-9048-0003FF27AC3B}"),
        ]);

        PagingCookie read = PagingCookie.Parse(original.Write());

        Assert.Equal(3, read.Page);
        Assert.Equal(original.Keys, read.Keys);
    }

    [Fact]
    public void Parse_DataverseSampleCookie_IsRead()
    {
        PagingCookie cookie = PagingCookie.Parse(
            "<cookie page=\"1\"><accountid last=\"{E062B974-7F8D-DC11-9048-0003FF27AC3B}\" first=\"{60B934EF-798D-DC11-9048-0003FF27AC3B}\"/></cookie>");

        PagingCookieKey key = Assert.Single(cookie.Keys);
        Assert.Equal("accountid", key.AttributeName);
        Assert.Equal("{E062B974-7F8D-DC11-9048-0003FF27AC3B}", key.Last);
        Assert.Equal("{60B934EF-798D-DC11-9048-0003FF27AC3B}", key.First);
    }

    [Fact]
    public void Parse_WebApiWrappedCookie_IsUnwrapped()
    {
        const string inner = "<cookie page=\"1\"><gm_fiasguid lastnull=\"1\" firstnull=\"1\" /><gm_houseid last=\"{159B3BDC-37DF-4E16-84EC-000C438E231A}\" first=\"{924D6742-7914-456C-9850-0002D5B3A092}\" /></cookie>";
        string wrapped = $"<cookie pagenumber=\"2\" pagingcookie=\"{Uri.EscapeDataString(Uri.EscapeDataString(inner))}\" istracking=\"False\" />";

        PagingCookie cookie = PagingCookie.Parse(wrapped);

        Assert.Equal(1, cookie.Page);
        Assert.Equal(["gm_fiasguid", "gm_houseid"], cookie.Keys.Select(key => key.AttributeName));
        Assert.Null(cookie.Keys[0].Last);
    }

    [Theory]
    [InlineData("<cookie page=\"1\"><accountid last=\"x\"")]
    [InlineData("<biscuit page=\"1\" />")]
    [InlineData("<cookie />")]
    [InlineData("<cookie page=\"0\" />")]
    [InlineData("<cookie page=\"-1\" />")]
    [InlineData("<cookie page=\"1\"><accountid first=\"x\" /></cookie>")]
    [InlineData("<!DOCTYPE cookie [<!ENTITY e 'x'>]><cookie page=\"1\" />")]
    public void Parse_NotACookie_IsRefused(string text)
    {
        var error = Assert.Throws<FetchXmlException>(() => PagingCookie.Parse(text));

        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, error.ErrorCode);
        Assert.False(PagingCookie.TryParse(text, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void TryParse_Empty_IsFalse(string? text)
    {
        Assert.False(PagingCookie.TryParse(text, out PagingCookie? cookie));
        Assert.Null(cookie);
    }

    [Fact]
    public void TryParse_Cookie_IsTrue()
    {
        Assert.True(PagingCookie.TryParse("<cookie page=\"4\" />", out PagingCookie? cookie));
        Assert.Equal(4, cookie.Page);
        Assert.Empty(cookie.Keys);
    }

    [Fact]
    public void Constructor_PageNotPositive_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PagingCookie(0, []));
    }

    [Fact]
    public void Constructor_CopiesTheKeys()
    {
        var keys = new List<PagingCookieKey> { new("accountid", "a", "b") };
        var cookie = new PagingCookie(1, keys);
        keys.Clear();

        Assert.Single(cookie.Keys);
    }

    [Fact]
    public void Parse_CookieCarriedInFetch_RoundTripsThroughTheParser()
    {
        string cookie = new PagingCookie(1, [new PagingCookieKey("accountid", "{A}", "{B}")]).Write();
        string fetch = new System.Xml.Linq.XElement("fetch", new System.Xml.Linq.XAttribute("page", 2), new System.Xml.Linq.XAttribute("paging-cookie", cookie),
            new System.Xml.Linq.XElement("entity", new System.Xml.Linq.XAttribute("name", "account"))).ToString();

        string? carried = FetchXmlParser.Parse(fetch).Query.PageInfo.PagingCookie;

        Assert.Equal("{A}", PagingCookie.Parse(carried!).Keys[0].Last);
    }
}
