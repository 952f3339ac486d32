using System.Net;
using DataverseSharing.WebApi.Connection;
using DataverseSharing.WebApi.Tests.Resilience;
using Microsoft.AspNetCore.Http;

namespace DataverseSharing.WebApi.Tests.Auth;

public sealed class DataverseResponseCheckHandlerTests
{
    [Fact]
    public async Task Send_LocalToken_SendsItAsBearer()
    {
        string? seen = null;
        await using var server = await ScriptedServer.StartAsync((context, _) =>
        {
            seen = context.Request.Headers.Authorization;
            return ScriptedServer.WriteJsonAsync(context);
        });
        using var client = new ResilientClient(server.Url);

        (await client.Http.GetAsync("WhoAmI")).Dispose();

        Assert.Equal("Bearer " + ResilientClient.Token, seen);
    }

    [Fact]
    public async Task Send_401_OneLineAuthErrorWithDataversesReasonAndNoRetry()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
            ScriptedServer.WriteErrorAsync(context, 401, "0x80040220", "The token is invalid."));
        using var client = new ResilientClient(server.Url);

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(() => client.Http.GetAsync("WhoAmI"));

        Assert.Equal($"sign-in refused by {server.Url.GetLeftPart(UriPartial.Authority)} (401 Unauthorized): the token is wrong or expired: The token is invalid.", error.Message);
        Assert.DoesNotContain(ResilientClient.Token, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Send_HtmlLoginPage_NotADataverseWebApi()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body>Sign in to your account</body></html>");
        });
        using var client = new ResilientClient(server.Url);

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(() => client.Http.GetAsync("WhoAmI"));

        Assert.Contains("is not a Dataverse Web API: it answered 200 with an HTML page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_RedirectToSignIn_NotADataverseWebApiNamingWhere()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.Redirect("https://login.microsoftonline.com/common/oauth2/authorize?client_id=x");
            return Task.CompletedTask;
        });
        using var client = new ResilientClient(server.Url);

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(() => client.Http.GetAsync("WhoAmI"));

        Assert.Contains("it redirected to https://login.microsoftonline.com/common/oauth2/authorize (302)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_403WithDataverseError_PassesThroughAsThePrivilegeFault()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
            ScriptedServer.WriteErrorAsync(context, 403, "0x80040220", "Principal user is missing prvCreateAccount privilege."));
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.PostAsync("accounts", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("prvCreateAccount", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_403WithoutDataverseError_AccessRefused()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 403;
            return Task.CompletedTask;
        });
        using var client = new ResilientClient(server.Url);

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(() => client.Http.GetAsync("WhoAmI"));

        Assert.Contains("access refused by", error.Message, StringComparison.Ordinal);
    }
}
