QaSearch.Cli.CliApp.OwnsProcess = true;
return QaSearch.Cli.CliApp.Run(args);
