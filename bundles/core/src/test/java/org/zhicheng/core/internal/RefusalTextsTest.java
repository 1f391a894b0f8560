package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;

/**
 * Refusals name things in words (已提交, 已接收材料), never by an enum constant's code (SUBMITTED): people read them
 * in the UI and in the REST API's {@code detail}. Two checks over core's compiled classes, so that a refusal added
 * later is covered without being listed here:
 * <ol>
 *   <li>every static factory returning a {@link ZhichengException} is called with every constant of its enum
 *       parameters, and both its texts are searched for constant names;</li>
 *   <li>in every method that builds a refusal, no text constant holds a constant name and no string concatenation
 *       takes an enum value (whose {@code toString()} is its code).</li>
 * </ol>
 */
class RefusalTextsTest {

    private static final Pattern UPPER_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*(?![A-Za-z0-9_])");
    private static final String REFUSAL = Type.getInternalName(ZhichengException.class);

    private static Set<String> constantNames;
    private static List<Class<?>> coreClasses;

    @BeforeAll
    static void readClasses() throws Exception {
        Path core = classesOf(Refusals.class);
        Path api = classesOf(ApplicationStatus.class);
        coreClasses = load(core);
        constantNames = new TreeSet<>();
        for (Class<?> type : concat(load(api), coreClasses)) {
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.length() > 2) { // single letters (A, B) are words too
                        constantNames.add(name);
                    }
                }
            }
        }
        assertTrue(constantNames.containsAll(Set.of("SUBMITTED", "MATERIAL_RECEIVED", "SENIOR_FULL")), constantNames.toString());
    }

    @Test
    void everyRefusalFactoryNamesStatusesInWords() throws Exception {
        List<String> offences = new ArrayList<>();
        int factories = 0;
        for (Class<?> type : coreClasses) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != ZhichengException.class
                        || method.isSynthetic()) {
                    continue;
                }
                factories++;
                method.setAccessible(true);
                for (Object[] arguments : argumentsFor(method)) {
                    ZhichengException refusal = (ZhichengException) method.invoke(null, arguments);
                    String where = type.getSimpleName() + "." + method.getName();
                    check(where + " (中文)", refusal.chineseMessage(), offences);
                    check(where + " (English)", refusal.getMessage(), offences);
                    // a pass-through helper takes its code as an argument (the sample text)
                    assertTrue(refusal.code().matches("[A-Z][A-Z0-9_]*") || refusal.code().equals("甲"),
                            where + ": code " + refusal.code());
                }
            }
        }
        assertTrue(factories > 40, "found only " + factories + " refusal factories: is the scan reading core's classes?");
        assertEquals(List.of(), offences);
    }

    @Test
    void noRefusalIsBuiltFromAnEnumsCode() throws Exception {
        List<String> offences = new ArrayList<>();
        Path core = classesOf(Refusals.class);
        try (Stream<Path> files = Files.walk(core)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new RefusalBuilders(offences), ClassReader.SKIP_FRAMES);
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckCatchesAnEnumCode() {
        List<String> offences = new ArrayList<>();
        check("sample", "当前状态（SUBMITTED）不能办理此事项，须为MATERIAL_RECEIVED", offences);
        assertEquals(2, offences.size(), offences.toString());
        assertTrue(isEnum(Type.getType(ApplicationStatus.class)));
    }

    private static void check(String where, String text, List<String> offences) {
        Matcher words = UPPER_WORD.matcher(text == null ? "" : text);
        while (words.find()) {
            if (constantNames.contains(words.group())) {
                offences.add(where + ": " + words.group() + " in \"" + text + "\"");
            }
        }
    }

    /** Marks methods that construct a refusal, and in them texts and concatenations that carry an enum's code. */
    private static final class RefusalBuilders extends ClassVisitor {
        private final List<String> offences;
        private String owner;

        RefusalBuilders(List<String> offences) {
            super(Opcodes.ASM9);
            this.offences = offences;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            String where = owner.substring(owner.lastIndexOf('/') + 1) + "." + name;
            List<String> suspicious = new ArrayList<>();
            return new MethodVisitor(Opcodes.ASM9) {
                private boolean buildsRefusal;
                // what the last instruction pushed, for String.valueOf(Object) (javac's toString before a concat)
                private Type pushed;
                private Integer pushedLocal;
                private final List<Integer> localsTurnedToText = new ArrayList<>();
                private final Map<Integer, String> localTypes = new java.util.HashMap<>();

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    buildsRefusal |= opcode == Opcodes.NEW && type.equals(REFUSAL);
                    pushed(opcode == Opcodes.CHECKCAST ? Type.getObjectType(type) : null);
                }

                @Override
                public void visitFieldInsn(int opcode, String fieldOwner, String field, String fieldDescriptor) {
                    pushed(opcode == Opcodes.GETSTATIC || opcode == Opcodes.GETFIELD ? Type.getType(fieldDescriptor) : null);
                }

                @Override
                public void visitVarInsn(int opcode, int index) {
                    pushed(null);
                    if (opcode == Opcodes.ALOAD) {
                        pushedLocal = index;
                    }
                }

                @Override
                public void visitLocalVariable(String local, String localDescriptor, String localSignature,
                                               org.objectweb.asm.Label start, org.objectweb.asm.Label end, int index) {
                    localTypes.putIfAbsent(index, localDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String methodOwner, String method, String methodDescriptor,
                                            boolean isInterface) {
                    boolean toText = methodOwner.equals("java/lang/String") && method.equals("valueOf")
                            && methodDescriptor.startsWith("(Ljava/lang/Object;)")
                            || methodOwner.equals("java/lang/StringBuilder") && method.equals("append")
                            && methodDescriptor.startsWith("(Ljava/lang/Object;)");
                    if (toText && pushed != null && isEnum(pushed)) {
                        suspicious.add(where + ": turns " + pushed.getClassName() + " into text (its code, not words)");
                    } else if (toText && pushedLocal != null) {
                        localsTurnedToText.add(pushedLocal);
                    }
                    Type result = Type.getReturnType(methodDescriptor);
                    // a call of a refusal factory counts as building one: its arguments become its texts
                    buildsRefusal |= result.getSort() == Type.OBJECT && result.getInternalName().equals(REFUSAL);
                    pushed(result);
                }

                private void pushed(Type type) {
                    pushed = type;
                    pushedLocal = null;
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String text) {
                        List<String> found = new ArrayList<>();
                        check(where, text, found);
                        suspicious.addAll(found);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                    if (!bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                        return;
                    }
                    for (Type argument : Type.getArgumentTypes(descriptor)) {
                        if (isEnum(argument)) {
                            suspicious.add(where + ": concatenates " + argument.getClassName() + " (its code, not words)");
                        }
                    }
                    for (Object constant : arguments) {
                        if (constant instanceof String recipe) {
                            List<String> found = new ArrayList<>();
                            check(where, recipe, found);
                            suspicious.addAll(found);
                        }
                    }
                }

                @Override
                public void visitEnd() {
                    for (Integer local : localsTurnedToText) {
                        String type = localTypes.get(local);
                        if (type != null && isEnum(Type.getType(type))) {
                            suspicious.add(where + ": turns " + Type.getType(type).getClassName()
                                    + " into text (its code, not words)");
                        }
                    }
                    if (buildsRefusal) {
                        offences.addAll(suspicious);
                    }
                }
            };
        }
    }

    private static boolean isEnum(Type type) {
        if (type.getSort() != Type.OBJECT || !type.getClassName().startsWith("org.zhicheng.")) {
            return false;
        }
        try {
            return Class.forName(type.getClassName(), false, RefusalTextsTest.class.getClassLoader()).isEnum();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** One argument list per constant of the method's enum parameters (all of them, in step), plain values otherwise. */
    private static List<Object[]> argumentsFor(Method method) {
        Parameter[] parameters = method.getParameters();
        int rounds = 1;
        for (Parameter parameter : parameters) {
            if (parameter.getType().isEnum()) {
                rounds = Math.max(rounds, parameter.getType().getEnumConstants().length);
            } else if (parameter.getType() == Actor.class) {
                rounds = Math.max(rounds, 8);
            }
        }
        List<Object[]> lists = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = sample(parameters[i].getType(), round);
            }
            lists.add(arguments);
        }
        return lists;
    }

    private static Object sample(Class<?> type, int round) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[round % constants.length];
        }
        if (type == String.class) {
            return "甲";
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2023, 8, 1);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2023, 9, 12, 9, 0);
        }
        if (type == Instant.class) {
            return Instant.parse("2023-08-01T02:00:00Z");
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2023, 11);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.TEN;
        }
        if (type == List.class || type == Collection.class) {
            return List.of("甲");
        }
        if (type == Set.class) {
            return Set.of("甲");
        }
        if (type == Map.class) {
            return Map.of("甲", "乙");
        }
        if (type == Actor.class) { // every role in turn: refusals name the role
            List<Actor> actors = List.of(CoreActors.issue(Actor.applicant("ayigul", "阿依古丽", 1, "甲单位", "库车市")),
                    CoreActors.issue(Actor.employer("unit-a", "甲单位")), CoreActors.issue(Actor.countyBureau("kuqa-hr", "库车市")),
                    CoreActors.issue(Actor.seriesDepartment("dept", Set.of("engineering"))), CoreActors.issue(Actor.expert("expert1", "E1")),
                    CoreActors.issue(Actor.committeeOffice("office", Set.of())), CoreActors.issue(Actor.admin("admin")), CoreActors.issue(Actor.integration("integration")));
            return actors.get(round % actors.size());
        }
        if (type.isRecord()) {
            return record(type, round);
        }
        if (type.isInterface()) { // a service the refusal consults: knows nothing
            return java.lang.reflect.Proxy.newProxyInstance(RefusalTextsTest.class.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> nothing(method.getReturnType()));
        }
        throw new AssertionError("RefusalTextsTest cannot make a " + type.getName() + ": add a sample for it");
    }

    private static Object nothing(Class<?> type) {
        if (type == java.util.Optional.class) {
            return java.util.Optional.empty();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }

    private static Object record(Class<?> type, int round) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(types[i], round);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("RefusalTextsTest cannot make a " + type.getName(), e);
        }
    }

    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Class<?>> load(Path root) throws IOException, ClassNotFoundException {
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.forEach(file -> entries.add(root.relativize(file).toString()));
            }
        } else { // the api bundle's jar, when core is built alone
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().forEach(entry -> entries.add(entry.getName()));
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String entry : entries) {
            if (entry.endsWith(".class") && !entry.endsWith("package-info.class") && !entry.endsWith("module-info.class")) {
                String name = entry.replace('/', '.').replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, RefusalTextsTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        List<Class<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
