using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Registration;

/// <summary>
/// Reads the [CustomApi] declarations of plug-in classes and checks them against what Dataverse refuses when the
/// customapi rows are saved, so a bad declaration fails in a test, not at solution import.
/// </summary>
public static class CustomApiRegistrationReader
{
    /// <summary>The custom APIs declared by the public classes of <paramref name="assembly"/>.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse, or a name used twice.</exception>
    public static IReadOnlyList<CustomApiRegistration> Read(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return Read(assembly.GetExportedTypes());
    }

    /// <summary>The custom APIs declared on the given classes.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse, or a name used twice.</exception>
    public static IReadOnlyList<CustomApiRegistration> Read(IEnumerable<Type> types)
    {
        if (types is null)
        {
            throw new ArgumentNullException(nameof(types));
        }

        var apis = new List<CustomApiRegistration>();
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (Read(type) is { } api)
            {
                apis.Add(api);
            }
        }

        var twice = apis.GroupBy(a => a.Api.UniqueName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new PluginRegistrationException($"Duplicate custom API {twice.Key}: declared by {string.Join(" and by ", twice.Select(a => a.PluginType.FullName))}.");
        }

        return apis;
    }

    /// <summary>The custom API declared on <paramref name="type"/>, or null when it declares none.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse.</exception>
    public static CustomApiRegistration? Read(Type type)
    {
        if (type is null)
        {
            throw new ArgumentNullException(nameof(type));
        }

        var api = type.GetCustomAttribute<CustomApiAttribute>(inherit: false);
        var parameters = type.GetCustomAttributes<CustomApiRequestParameterAttribute>(inherit: false).ToList();
        var properties = type.GetCustomAttributes<CustomApiResponsePropertyAttribute>(inherit: false).ToList();
        if (api is null)
        {
            return parameters.Count + properties.Count == 0 ? null : throw StepRegistrationReader.Fail(type, "declares custom API parameters or properties but no [CustomApi]");
        }

        if (!typeof(IPlugin).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null && type.GetConstructor(new[] { typeof(string), typeof(string) }) is null)
        {
            throw StepRegistrationReader.Fail(type, "declares a custom API but is not a constructible class implementing IPlugin");
        }

        var where = $"custom API '{api.UniqueName}'";
        if (string.IsNullOrWhiteSpace(api.UniqueName) || api.UniqueName.IndexOf('_') <= 0 || api.UniqueName.Any(c => !(char.IsLetterOrDigit(c) || c == '_')))
        {
            throw StepRegistrationReader.Fail(type, $"{where} needs a unique name of letters, digits and '_' that starts with the publisher prefix (prefix_Name)");
        }

        if (!Enum.IsDefined(typeof(CustomApiBinding), api.Binding) || !Enum.IsDefined(typeof(CustomApiStepTypes), api.AllowedStepTypes))
        {
            throw StepRegistrationReader.Fail(type, $"{where} has an unknown binding or step type");
        }

        if (api.Binding == CustomApiBinding.Global ? api.BoundEntity is not null : string.IsNullOrWhiteSpace(api.BoundEntity))
        {
            throw StepRegistrationReader.Fail(type, api.Binding == CustomApiBinding.Global
                ? $"{where} is global but names the bound table '{api.BoundEntity}'"
                : $"{where} is bound ({api.Binding}) but names no bound table");
        }

        if (api.IsFunction && properties.Count == 0)
        {
            throw StepRegistrationReader.Fail(type, $"{where} is a function but has no response property");
        }

        var names = parameters.Select(p => p.UniqueName).Concat(properties.Select(p => p.UniqueName)).ToList();
        if (names.Any(string.IsNullOrWhiteSpace))
        {
            throw StepRegistrationReader.Fail(type, $"{where} has a parameter or property without a name");
        }

        var repeated = parameters.Select(p => p.UniqueName).GroupBy(n => n, StringComparer.Ordinal)
            .Concat(properties.Select(p => p.UniqueName).GroupBy(n => n, StringComparer.Ordinal))
            .FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw StepRegistrationReader.Fail(type, $"{where} declares '{repeated.Key}' twice");
        }

        var unknown = parameters.Select(p => p.Type).Concat(properties.Select(p => p.Type)).FirstOrDefault(t => !Enum.IsDefined(typeof(CustomApiFieldKind), t));
        if (!Enum.IsDefined(typeof(CustomApiFieldKind), unknown))
        {
            throw StepRegistrationReader.Fail(type, $"{where} has a parameter or property of the unknown type {(int)unknown}");
        }

        return new CustomApiRegistration(type, api, parameters, properties);
    }
}
