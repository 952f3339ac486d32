using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Registration;

/// <summary>
/// Reads the step declarations of every plug-in class in an assembly and validates them against the rules
/// Dataverse enforces when a step is registered, so a bad declaration fails at build/test time instead of
/// at solution import.
/// </summary>
public static class StepRegistrationReader
{
    /// <summary>Reads and validates the steps of every public plug-in class in <paramref name="assembly"/>.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse; the message names the type and step.</exception>
    public static IReadOnlyList<StepRegistration> Read(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return Read(assembly.GetExportedTypes());
    }

    /// <summary>Reads and validates the steps of the given plug-in classes, as one registration set.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse, or an id used twice.</exception>
    public static IReadOnlyList<StepRegistration> Read(IEnumerable<Type> pluginTypes)
    {
        if (pluginTypes is null)
        {
            throw new ArgumentNullException(nameof(pluginTypes));
        }

        var steps = new List<StepRegistration>();
        foreach (var type in pluginTypes.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            steps.AddRange(Read(type));
        }

        // ValueTuple is not in net462 without a package the sandbox would need too, so pairs are KeyValuePairs.
        EnsureUnique(steps.Select(s => Pair(s.Id, $"{s.PluginType.FullName} step '{s.Name}'")), "step id");
        EnsureUnique(steps.SelectMany(s => s.Images.Select(i => Pair(i.Id, $"{s.PluginType.FullName} image '{i.Alias}'"))), "image id");
        return steps;
    }

    /// <summary>Reads and validates the steps declared on one plug-in class.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse.</exception>
    public static IReadOnlyList<StepRegistration> Read(Type pluginType)
    {
        if (pluginType is null)
        {
            throw new ArgumentNullException(nameof(pluginType));
        }

        var stepAttributes = pluginType.GetCustomAttributes<PluginStepAttribute>(inherit: false).ToList();
        var imageAttributes = pluginType.GetCustomAttributes<PluginStepImageAttribute>(inherit: false).ToList();
        if (stepAttributes.Count == 0)
        {
            if (imageAttributes.Count > 0)
            {
                throw Fail(pluginType, "declares images but no step");
            }

            return Array.Empty<StepRegistration>();
        }

        EnsureLoadablePlugin(pluginType);
        var stepIds = new HashSet<string>(stepAttributes.Select(a => a.Id), StringComparer.OrdinalIgnoreCase);
        foreach (var image in imageAttributes.Where(i => !stepIds.Contains(i.StepId)))
        {
            throw Fail(pluginType, $"image '{image.Alias}' names step {image.StepId}, which the class does not declare");
        }

        return stepAttributes
            .Select(step => ToRegistration(pluginType, step, imageAttributes.Where(i => string.Equals(i.StepId, step.Id, StringComparison.OrdinalIgnoreCase))))
            .ToList();
    }

    private static StepRegistration ToRegistration(Type type, PluginStepAttribute step, IEnumerable<PluginStepImageAttribute> imageAttributes)
    {
        var id = ParseId(type, step.Id, "step");
        var where = $"step {id}";
        var message = RequireName(type, where, "message", step.Message, allowUpperCase: true);
        var entity = RequireName(type, where, "primary table", step.PrimaryEntity, allowUpperCase: false);
        StepRules.CheckStage(type, where, step.Stage, step.Mode);
        if (step.Rank < 0)
        {
            throw Fail(type, $"{where} has rank {step.Rank.ToString(CultureInfo.InvariantCulture)}; the execution order cannot be negative");
        }

        var filtering = ColumnList.Parse(type, where, "filtering attributes", step.FilteringAttributes);
        if (filtering.Count > 0 && !string.Equals(message, "Update", StringComparison.Ordinal))
        {
            throw Fail(type, $"{where} sets filtering attributes on {message}; Dataverse applies them to Update only");
        }

        var images = imageAttributes.Select(i => ToImage(type, message, step.Stage, i)).ToList();
        EnsureUnique(images.Select(i => Pair(i.Alias, $"{type.FullName} {where}")), "image alias", StringComparer.Ordinal);
        var name = string.IsNullOrWhiteSpace(step.Name) ? $"{type.FullName}: {message} of {entity}" : step.Name!;
        return new StepRegistration(type, id, name, step.Description, message, entity, step.Stage, step.Mode, step.Rank, filtering, step.AsyncAutoDelete, images);
    }

    private static StepImageRegistration ToImage(Type type, string message, PipelineStage stage, PluginStepImageAttribute image)
    {
        var id = ParseId(type, image.Id, "image");
        var where = $"image '{image.Alias}' ({id})";
        if (string.IsNullOrWhiteSpace(image.Alias))
        {
            throw Fail(type, $"image {id} has no alias");
        }

        StepRules.CheckImage(type, where, message, stage, image.ImageType);
        var property = string.IsNullOrWhiteSpace(image.MessagePropertyName)
            ? StepRules.DefaultMessageProperty(message) ?? throw Fail(type, $"{where} on {message} needs MessagePropertyName; Dataverse documents no default for that message")
            : image.MessagePropertyName!;
        var columns = ColumnList.Parse(type, where, "attributes", image.Attributes);
        return new StepImageRegistration(id, image.ImageType, image.Alias, property, columns);
    }

    private static void EnsureLoadablePlugin(Type type)
    {
        if (!typeof(IPlugin).IsAssignableFrom(type) || type.IsAbstract || !type.IsClass)
        {
            throw Fail(type, "declares steps but is not a concrete class implementing IPlugin");
        }

        // The sandbox constructs a plug-in with (unsecure, secure) configuration strings when that constructor
        // exists, otherwise with the parameterless one.
        var hasConstructor = type.GetConstructor(Type.EmptyTypes) is not null
            || type.GetConstructor(new[] { typeof(string), typeof(string) }) is not null;
        if (!hasConstructor)
        {
            throw Fail(type, "needs a public parameterless constructor or one taking (string unsecureConfig, string secureConfig)");
        }
    }

    private static Guid ParseId(Type type, string? value, string what)
    {
        if (!Guid.TryParse(value, out var id) || id == Guid.Empty)
        {
            throw Fail(type, $"{what} id '{value}' is not a non-empty GUID");
        }

        return id;
    }

    private static string RequireName(Type type, string where, string what, string? value, bool allowUpperCase)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(type, $"{where} has no {what}");
        }

        if (!allowUpperCase && !string.Equals(value, value!.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw Fail(type, $"{where} names {what} '{value}'; logical names are lower case");
        }

        return value!;
    }

    private static KeyValuePair<TKey, string> Pair<TKey>(TKey key, string where) => new(key, where);

    private static void EnsureUnique<TKey>(IEnumerable<KeyValuePair<TKey, string>> items, string what, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var seen = new Dictionary<TKey, string>(comparer ?? EqualityComparer<TKey>.Default);
        foreach (var item in items)
        {
            var key = item.Key;
            var where = item.Value;
            if (seen.TryGetValue(key, out var first))
            {
                throw new PluginRegistrationException($"Duplicate {what} {key}: declared by {first} and by {where}.");
            }

            seen.Add(key, where);
        }
    }

    internal static PluginRegistrationException Fail(Type type, string problem) =>
        new($"Plug-in {type.FullName}: {problem}.");
}
