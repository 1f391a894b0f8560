// Runs at the end of archetype:generate. The descriptor's validationRegex for seriesCode is applied only when the
// property is asked for interactively; this refuses, in batch mode too, a code that Zhicheng's core would refuse.
def code = request.properties.getProperty('seriesCode')
if (!(code ==~ /[a-z][a-z0-9-]{1,49}/)) {
    def project = new File(request.outputDirectory, request.artifactId) // just created: generate refuses existing ones
    project.deleteDir()
    throw new IllegalArgumentException("seriesCode '" + code + "' is not a valid series code: 2-50 lower-case"
            + " letters, digits or '-', starting with a letter (e.g. forestry-tech). Nothing was generated.")
}
