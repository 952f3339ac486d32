using System.Runtime.Serialization;
using System.Xml;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

/// <summary>Serializes with <see cref="DataContractSerializer"/> (as WCF would) and reads the result back.</summary>
internal static class DataContractRoundTrip
{
    public static T Copy<T>(T value)
        where T : class
    {
        return (T)Read(typeof(T), Write(value));
    }

    public static string Write<T>(T value)
        where T : class
    {
        var serializer = new DataContractSerializer(typeof(T));
        using var text = new StringWriter();
        using (var writer = XmlWriter.Create(text))
        {
            serializer.WriteObject(writer, value);
        }

        return text.ToString();
    }

    private static object Read(Type type, string xml)
    {
        var serializer = new DataContractSerializer(type);
        using var reader = XmlReader.Create(new StringReader(xml));
        return serializer.ReadObject(reader)!;
    }
}
