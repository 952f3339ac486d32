using System.Net;

namespace DataverseSharing.WebApi.Batch;

/// <summary>One answer of a <c>$batch</c> response: the operation's Content-ID, its status, headers and body.</summary>
internal sealed record BatchResponsePart(int? ContentId, HttpStatusCode Status, Dictionary<string, string> Headers, byte[] Body)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;
}
