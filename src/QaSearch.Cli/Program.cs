return QaSearch.Cli.CliApp.Run(args);
