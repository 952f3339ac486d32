using DataverseSharing.Serve.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Json;

/// <summary>Request bodies as JSON objects: dates stay strings (the column's type decides) and numbers keep their decimals.</summary>
internal static class JsonBody
{
    public static JObject Object(string body, string what)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw WebApiException.BadRequest($"The {what} needs a JSON object body.");
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(body))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = 64,
            };
            var token = JToken.ReadFrom(reader);
            return token as JObject ?? throw WebApiException.BadRequest($"The {what} body is JSON but not an object.");
        }
        catch (JsonReaderException e)
        {
            throw WebApiException.BadRequest($"The {what} body is not valid JSON: {e.Message}");
        }
    }
}
