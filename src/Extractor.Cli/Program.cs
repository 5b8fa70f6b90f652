using Extractor.Cli;

return new ExtractCommand().Invoke(args);
