using System.Globalization;
using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class PagingCookieKeyTests
{
    [Fact]
    public void FormatValue_Guid_IsBracedUpperCase()
    {
        Assert.Equal("{E062B974-7F8D-DC11-9048-0003FF27AC3B}", PagingCookieKey.FormatValue(Guid.Parse("e062b974-7f8d-dc11-9048-0003ff27ac3b")));
    }

    [Fact]
    public void FormatValue_Null_IsNull()
    {
        Assert.Null(PagingCookieKey.FormatValue(null));
    }

    [Fact]
    public void FormatValue_NumbersDatesAndBooleans_AreCultureInvariant()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.Equal("1234.5", PagingCookieKey.FormatValue(1234.5m));
            Assert.Equal("2024-05-01T10:00:00.0000000Z", PagingCookieKey.FormatValue(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc)));
            Assert.Equal("1", PagingCookieKey.FormatValue(true));
            Assert.Equal("Contoso", PagingCookieKey.FormatValue("Contoso"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
