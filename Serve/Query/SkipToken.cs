using System.Globalization;
using System.Xml.Linq;
using DataverseSharing.Serve.Protocol;

namespace DataverseSharing.Serve.Query;

/// <summary>
/// The $skiptoken of an @odata.nextLink: Dataverse's <c>&lt;cookie pagenumber="2" pagingcookie="..." istracking="False" /&gt;</c>,
/// carrying the engine's paging cookie, so the next page continues where the last one ended.
/// </summary>
internal sealed record SkipToken(int PageNumber, string? PagingCookie)
{
    public string Write() => new XElement(
        "cookie",
        new XAttribute("pagenumber", PageNumber.ToString(CultureInfo.InvariantCulture)),
        new XAttribute("pagingcookie", Uri.EscapeDataString(PagingCookie ?? string.Empty)),
        new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);

    public static SkipToken Parse(string token)
    {
        try
        {
            var cookie = XElement.Parse(token);
            var number = (string?)cookie.Attribute("pagenumber");
            if (cookie.Name != "cookie" || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
            {
                throw WebApiException.BadRequest($"The $skiptoken '{token}' is not one this server's @odata.nextLink gave.");
            }

            var paging = (string?)cookie.Attribute("pagingcookie");
            return new SkipToken(page, string.IsNullOrEmpty(paging) ? null : Uri.UnescapeDataString(paging));
        }
        catch (System.Xml.XmlException)
        {
            throw WebApiException.BadRequest($"The $skiptoken '{token}' is not one this server's @odata.nextLink gave.");
        }
    }
}
