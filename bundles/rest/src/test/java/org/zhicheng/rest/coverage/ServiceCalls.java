package org.zhicheng.rest.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Every method of an {@code org.zhicheng.api} interface that compiled classes call, read from their bytecode (ASM):
 * direct calls, and method references and lambdas' targets ({@code service::method}). Named
 * {@code org.zhicheng.api.pkg.Interface.method}; overloads count as one.
 */
final class ServiceCalls {

    private static final String API = "org/zhicheng/api/";

    private ServiceCalls() {
    }

    /** The calls made by the classes under a package prefix (e.g. {@code org/zhicheng/ui/}) of a folder or a jar. */
    static Set<String> in(Path classes, String packagePrefix) {
        Set<String> calls = new TreeSet<>();
        try {
            if (Files.isDirectory(classes)) {
                try (Stream<Path> files = Files.walk(classes.resolve(packagePrefix))) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        try (InputStream in = Files.newInputStream(file)) {
                            read(in, calls);
                        }
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(classes.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(jar.entries())) {
                        if (entry.getName().startsWith(packagePrefix) && entry.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                read(in, calls);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classes.toString(), e);
        }
        return calls;
    }

    private static void read(InputStream classFile, Set<String> calls) throws IOException {
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                        add(owner, method, isInterface, calls);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle handle) {
                                add(handle.getOwner(), handle.getName(), handle.isInterface(), calls);
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private static void add(String owner, String method, boolean isInterface, Set<String> calls) {
        if (isInterface && owner.startsWith(API) && !method.startsWith("lambda$")) {
            calls.add(owner.replace('/', '.') + "." + method);
        }
    }
}
