using System.Net;
using DataverseSharing.WebApi.Http;

namespace DataverseSharing.WebApi.Tests.Http;

public class WebApiFaultsTests
{
    [Fact]
    public void FromBody_DataverseErrorJson_IsTheFaultWithItsCodeMessageAndDetails()
    {
        const string body = """{"error":{"code":"0x80040217","message":"account With Id = 1 Does Not Exist","@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus":"0"}}""";

        var fault = WebApiFaults.FromBody(body, TimeSpan.FromSeconds(3))!;

        Assert.Equal(unchecked((int)0x80040217), fault.Detail.ErrorCode);
        Assert.Equal("account With Id = 1 Does Not Exist", fault.Detail.Message);
        Assert.Equal("0", fault.Detail.ErrorDetails["OperationStatus"]);
        Assert.Equal(TimeSpan.FromSeconds(3), fault.Detail.ErrorDetails["Retry-After"]);
    }

    [Fact]
    public void FromResponse_HtmlSignInPage_IsAOneLineErrorNamingTheAddressNotAFault()
    {
        var error = WebApiFaults.FromResponse(HttpStatusCode.OK, "<html><body>Sign in</body></html>", null, new Uri("https://org.example/api/data/v9.2/accounts?token=secret"));

        var http = Assert.IsType<HttpRequestException>(error);
        Assert.Contains("https://org.example/api/data/v9.2/accounts", http.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", http.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', http.Message);
    }
}
