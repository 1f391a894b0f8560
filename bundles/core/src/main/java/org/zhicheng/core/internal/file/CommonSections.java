package org.zhicheng.core.internal.file;

import static org.zhicheng.api.file.FieldType.CHOICE;
import static org.zhicheng.api.file.FieldType.DATE;
import static org.zhicheng.api.file.FieldType.LONG_TEXT;
import static org.zhicheng.api.file.FieldType.TEXT;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;

/**
 * The sections every file has, whatever its series: what the employer checks (R-20: basic information, education,
 * years of professional work and of appointment, performance, research) and the notice's application form asks.
 * Continuing education has its own service. Series add their own sections after these (their descriptors).
 */
public final class CommonSections {

    /** No identity, and none asked for in long texts either: experts read them. */
    private static final String BLIND_HINT = "盲评材料，请勿填写本人姓名和工作单位";

    public static final List<FileSection> ALL = List.of(
            new FileSection("basic", "基本情况", false, List.of(
                    new FileField("education", "最高学历", CHOICE, true,
                            List.of("博士研究生", "硕士研究生", "大学本科", "大学专科", "中专（中技）", "高中及以下"), false, ""),
                    FileField.required("school", "毕业院校", TEXT),
                    FileField.required("major", "所学专业", TEXT),
                    new FileField("graduated", "毕业时间", DATE, true, List.of(), false, "如2010-07-01，也可写2010/7/1或20100701"),
                    new FileField("current-title", "现任专业技术职务", TEXT, true, List.of(), false, "未取得职称的填“无”"),
                    new FileField("appointed", "现职务聘任时间", DATE, false, List.of(), false,
                            "任职年限计算至评审年度12月31日"),
                    new FileField("started-work", "参加工作时间", DATE, true, List.of(), false, "如2010-07-01，也可写2010/7/1或20100701"),
                    new FileField("employer", "工作单位", TEXT, true, List.of(), true, "不向评审专家显示（盲评）"))),
            new FileSection("work-history", "工作经历", false, List.of(
                    new FileField("history", "工作经历（起止时间、单位、岗位）", LONG_TEXT, true, List.of(), true,
                            "每段经历一行；含单位名称，不向评审专家显示"))),
            new FileSection("achievements", "专业技术工作业绩", false, List.of(
                    new FileField("summary", "任现职以来主要专业技术工作业绩", LONG_TEXT, true, List.of(), false, BLIND_HINT),
                    new FileField("representative", "代表性成果", LONG_TEXT, false, List.of(), false, BLIND_HINT))),
            new FileSection("papers", "论文论著", false, List.of(
                    new FileField("papers", "论文、著作（题目、刊物或出版社、时间、本人排名）", LONG_TEXT, false, List.of(), false,
                            "没有的可不填"))),
            new FileSection("awards", "获奖情况", false, List.of(
                    new FileField("awards", "获奖项目（名称、等级、授奖单位、时间、本人排名）", LONG_TEXT, false, List.of(), false,
                            "没有的可不填"))));

    /** Section ids a series may not declare again. */
    public static final Set<String> IDS = ALL.stream().map(FileSection::id).collect(Collectors.toUnmodifiableSet());

    private CommonSections() {
    }
}
