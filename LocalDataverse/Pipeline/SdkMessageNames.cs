namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// The sdkmessage a request runs as. Most requests' names are their message's (CreateRequest is "Create"), but a
/// few of the sales messages are not: WinOpportunityRequest and LoseOpportunityRequest (RequestName
/// "WinOpportunity", "LoseOpportunity", as the SDK and the Web API actions name them) are the messages "Win" and
/// "Lose" (Microsoft Learn, the opportunity table's messages; steps are registered on "Win of opportunity"). Steps,
/// sdkmessage rows and the execution context's MessageName use the sdkmessage's name; the handlers, the authorizer
/// and the Web API use the request's.
/// </summary>
internal static class SdkMessageNames
{
    private static readonly Dictionary<string, string> MessageByRequest = new(StringComparer.Ordinal)
    {
        ["WinOpportunity"] = "Win",
        ["LoseOpportunity"] = "Lose",
    };

    private static readonly Dictionary<string, string> RequestByMessage = MessageByRequest.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The sdkmessage name of a request name: the same name for all but the few listed.</summary>
    public static string Of(string requestName) => MessageByRequest.GetValueOrDefault(requestName, requestName);

    /// <summary>The request name of an sdkmessage name: the same name for all but the few listed.</summary>
    public static string RequestOf(string message) => RequestByMessage.GetValueOrDefault(message, message);

    /// <summary>Whether the name is a request's whose sdkmessage is named otherwise (a step on it would never run).</summary>
    public static bool IsRequestOnly(string name, out string message) => MessageByRequest.TryGetValue(name, out message!);
}
