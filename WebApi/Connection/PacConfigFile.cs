using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// Reads one pac.config: <c>&lt;pacConfig&gt;&lt;profile name="dev" url="https://..." authType="ClientSecret"
/// clientId="..." tenantId="..." secretVariable="DEV_SECRET" /&gt;&lt;/pacConfig&gt;</c> (docs/connections.md).
/// A bad file fails naming the file, line and attribute; a value that looks like a secret is refused, since
/// secrets belong in the environment.
/// </summary>
public static class PacConfigFile
{
    public const string FileName = "pac.config";

    private static readonly string[] Attributes =
    [
        "name", "url", "authType", "clientId", "tenantId", "secretVariable", "username", "thumbprint", "storeName",
        "certificatePath", "redirectUri", "loginPrompt", "tokenCacheStorePath",
    ];

    private static readonly string[] SecretAttributes = ["clientSecret", "secret", "password", "token", "certificatePassword"];

    public static IReadOnlyList<ConnectionProfile> Read(string path)
    {
        XDocument document;
        try
        {
            // No DTDs: a config file has no business pulling in other files or expanding entities.
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            throw new DataverseConnectionException($"{path} line {error.LineNumber}: not valid XML: {error.Message.Split('\n')[0].Trim()}");
        }
        catch (IOException error)
        {
            throw new DataverseConnectionException($"{path} cannot be read: {error.Message}");
        }

        var root = document.Root!;
        if (root.Name.LocalName != "pacConfig")
        {
            throw new DataverseConnectionException($"{At(path, root)}: the root element is <{root.Name.LocalName}>, not <pacConfig>");
        }

        var profiles = new List<ConnectionProfile>();
        foreach (var element in root.Elements())
        {
            if (element.Name.LocalName != "profile")
            {
                throw new DataverseConnectionException($"{At(path, element)}: unknown element <{element.Name.LocalName}> (expected <profile>)");
            }

            var profile = ReadProfile(path, element);
            if (profiles.Any(p => string.Equals(p.Name, profile.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DataverseConnectionException($"{At(path, element)}: profile '{profile.Name}' is defined twice");
            }

            profiles.Add(profile);
        }

        return profiles;
    }

    private static ConnectionProfile ReadProfile(string path, XElement element)
    {
        var at = At(path, element);
        foreach (var attribute in element.Attributes())
        {
            var name = attribute.Name.LocalName;
            if (SecretAttributes.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new DataverseConnectionException($"{at}: attribute {name} would put a secret in the file; put it in an environment variable and name that in secretVariable");
            }

            if (!Attributes.Contains(name, StringComparer.Ordinal))
            {
                throw new DataverseConnectionException($"{at}: unknown attribute {name} (known: {string.Join(", ", Attributes)})");
            }
        }

        string? Optional(string name) => element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
        string Required(string name) => Optional(name) ?? throw new DataverseConnectionException($"{at}: <profile> needs a {name} attribute");

        var profileName = Required("name");
        var where = $"{at}, profile '{profileName}'";
        var authText = Required("authType");
        if (!Enum.TryParse<DataverseAuthType>(authText, ignoreCase: true, out var authType) || int.TryParse(authText, out _))
        {
            throw new DataverseConnectionException($"{where}: authType '{authText}' is not OAuth, ClientSecret, Certificate or LocalToken");
        }

        var prompt = LoginPrompt.Auto;
        if (Optional("loginPrompt") is { } promptText && (!Enum.TryParse(promptText, ignoreCase: true, out prompt) || int.TryParse(promptText, out _)))
        {
            throw new DataverseConnectionException($"{where}: loginPrompt '{promptText}' is not Auto, Always or Never");
        }

        var secretVariable = Optional("secretVariable");
        if (secretVariable is null && authType is DataverseAuthType.ClientSecret or DataverseAuthType.LocalToken)
        {
            throw new DataverseConnectionException($"{where}: authType {authType} needs secretVariable (the environment variable holding the secret)");
        }

        return new ConnectionProfile
        {
            Name = profileName,
            Source = at,
            AuthType = authType,
            Url = ConnectionStringValidator.ReadUrl(Required("url"), authType, where),
            ClientId = Optional("clientId"),
            TenantId = Optional("tenantId"),
            SecretVariable = secretVariable,
            Username = Optional("username"),
            Thumbprint = Optional("thumbprint"),
            StoreName = Optional("storeName"),
            CertificatePath = Optional("certificatePath") is { } certificate ? Path.GetFullPath(certificate, Path.GetDirectoryName(path)!) : null,
            RedirectUri = Optional("redirectUri"),
            LoginPrompt = prompt,
            TokenCacheStorePath = Optional("tokenCacheStorePath"),
        };
    }

    private static string At(string path, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? $"{path} line {info.LineNumber}" : path;
}
