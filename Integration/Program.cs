using DataverseSharing.Integration;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;

// Composition only: the embedded LocalDataverse org, the console's streams, Ctrl+C handled by System.CommandLine
// (it cancels the command's token; a watch then returns 0).
var context = new CliContext(Console.Out, Console.Error, new EmbeddedConnectionFactory(Console.Error)) { Interactive = !Console.IsErrorRedirected };
return await CliApplication.RunAsync(context, args, processTermination: TimeSpan.FromSeconds(2)).ConfigureAwait(false);
