using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Metadata;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Messages;

/// <summary>What translating a request needs: the metadata cache, the JSON writer, and reading a JSON answer.</summary>
internal sealed class OperationContext
{
    public OperationContext(MetadataCache metadata, Uri baseAddress)
    {
        Metadata = metadata;
        Writer = new EntityJsonWriter(metadata);
        BaseAddress = baseAddress;
    }

    public MetadataCache Metadata { get; }

    public EntityJsonWriter Writer { get; }

    public Uri BaseAddress { get; }

    public Task<TableMetadata> TableAsync(string logicalName, CancellationToken cancellation) => Metadata.GetAsync(logicalName, cancellation);

    /// <summary>The body of an answer as one JSON object (a single row or an action's response, never a page).</summary>
    public static JObject ReadObject(WebApiResult result)
    {
        using var text = new StreamReader(result.Body);
        var body = text.ReadToEnd();
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JObject.Load(reader);
    }

    public static string Serialize(JObject json) => json.ToString(Formatting.None);

    /// <summary>The id in an OData-EntityId header (<c>.../accounts(00000000-0000-0000-0000-000000000001)</c>), if it holds one.</summary>
    public static Guid? IdFromEntityId(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var open = header.LastIndexOf('(');
        var close = header.LastIndexOf(')');
        return open >= 0 && close > open && Guid.TryParse(header.AsSpan(open + 1, close - open - 1), out var id) ? id : null;
    }
}
