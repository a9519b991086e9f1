// swift-format-ignore-file
// (The catalogue is laid out as a table of contents: a column of names, a column of what they
// hold, a column of the files they live in. The formatter would undo the alignment.)

/// The table of contents of the language: every builtin function, command and meta command,
/// by topic, in the order `:help` lists them. Evaluation, `:help`, tab completion, did-you-mean
/// and the parser's list of command words all read these three lists, and nothing else lists
/// builtins (CatalogueTests fails for a declared group missing here).
///
/// To add builtins written in a new file as `extension BuiltinTable { static let normFunctions:
/// [Builtin] = [...] }`, add one line, `normFunctions,`, under its topic (a single
/// `static let norm = Builtin(...)` is the line `[norm],`). Commands and meta commands likewise.
extension BuiltinTable {
    static let functions: [Builtin] = [
        creation,              // zeros ones full eye arange linspace          Builtins/CreationBuiltins.swift
        random,                // randn rand bernoulli randperm                 Builtins/CreationBuiltins.swift
        arithmetic,            // exp log sqrt abs sin cos pow clamp erf        Builtins/MathBuiltins.swift
        activations,           // every registered activation, softmax          Builtins/MathBuiltins.swift (Functions/Activations.swift)
        reductions,            // sum mean var std max min argmax argmin        Builtins/ReductionBuiltins.swift
        shapes,                // reshape flatten transpose permute concat stack    Builtins/ShapeBuiltins.swift
        linearAlgebra,         // matmul                                        Builtins/ShapeBuiltins.swift
        vectorFunctions,       // norm dot                                      Builtins/VectorBuiltins.swift
        secondOrderFunctions,  // hessian jacobian solve inv                    Builtins/SecondOrderBuiltins.swift
        autograd,              // detach                                        Builtins/ShapeBuiltins.swift
        plotFunctions,         // hist scatter bar path                         Plots/PlotFunctions.swift
        layerFunctions,        // linear dropout batchnorm1d sequential mlp …   Training/LayerBuiltins.swift
        probeFunctions,        // layer_stats activation                        Training/LayerProbe.swift
        gradientProbeFunctions, // grad_stats                                   Training/GradientProbe.swift
        initialiserFunctions,  // uniform normal xavier kaiming lecun gain …    Training/InitialiserBuiltins.swift
        lossFunctions,         // mse bce cross_entropy hinge l1 l2 accuracy    Training/LossBuiltins.swift
        regularisationFunctions, // l1_loss softshrink                          Training/RegularisationBuiltins.swift
        optimizerFunctions,    // sgd adagrad rmsprop adadelta adam … state     Training/OptimizerBuiltins.swift
        scheduleFunctions,     // step_lr … ravine rosenbrock saddle cubic      Training/ScheduleBuiltins.swift
        trajectoryFunctions,   // trajectory                                    Training/TrajectoryBuiltin.swift
        dataFunctions,         // moons spirals blobs xor regression split      Training/DataBuiltins.swift
        augmentationFunctions, // dataset                                       Training/AugmentationBuiltins.swift
    ].flatMap { $0 }

    /// Statement-level commands (`backward loss`); each is a `Command` whose run is one named
    /// function or type (Builtins/Commands.swift).
    static let commands: [Command] = [
        autogradCommands,                                   // backward grad zero    Builtins/Commands.swift
        [deriveCommand, gradcheckCommand, explainCommand],  // the instruments       Instruments/*/…Command.swift
        plotCommands,                                       // plot contour          Plots/PlotCommands.swift
        trainingCommands,                                   // train eval step       Training/TrainingCommands.swift
    ].flatMap { $0 }

    /// `:commands` of the session itself.
    static let metaCommands: [MetaCommand] = [
        sessionMetaCommands,  // :help :vars :seed :digits :width :reset :load :save :record :quit   Session/MetaCommands.swift
        guideMetaCommands,    // :lessons :lesson :next …                                            Session/Guide.swift
        timingMetaCommands,   // :time                                                               Session/Timing.swift
        safetyNetMetaCommands, // :history :reset!                                                     Session/SafetyNetMetaCommands.swift
        memoryMetaCommands,   // :memory                                                             Session/MemoryBudget.swift
        exportMetaCommands,   // :export :export!                                                    Export/ExportCommand.swift
    ].flatMap { $0 }
}
