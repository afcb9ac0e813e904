package com.jixiao.insight.ingest.read;

import java.util.List;

/**
 * Where seed 000 (fragments one per line, columns in separate runs: ingest.layout.FragmentLines) read from its source
 * differs from the curated record, each difference exact and explained:
 *
 * <ul>
 *   <li>unit: the form's first 单位名称 prints 武汉洪山区行政审批局 (line 93); the curators took the title's
 *       武汉市洪山区行政审批局 (line 3). Both are aliases of the same unit.
 *   <li>executionWeight: no 分值 column; the 20 points stand only in the labels 预算执行情况（万元）（20分） and
 *       得分（20分*执行率）, which the budget reader does not take a weight from.
 *   <li>deviationReason (and the sourceLines that follow it): each table prints one 偏差大或目标未完成原因分析 cell for
 *       the whole table. The form reader gives it, whole, to every indicator whose actual falls short of its target
 *       (专家评审人次 254 &lt; 315, 刻章 1.33 &lt; 1.5, 准确率 99% target, 证照邮寄费 …), warned; the curators split
 *       it by content and gave each sentence to the indicator it names (购置电脑数量, 政务服务劳务外包服务费), which
 *       needs a reading of the sentence. The 政务服务工作经费 table prints its reason away from its label (lines
 *       4059–4119, after the goal's score), where no label says what it is.
 *   <li>行政审批工作经费#13 sourceLines: the curators cite the reason's lines (2114) for 购置电脑数量, which the reader
 *       does not attach to it (not a shortfall: ≤30 台 target, 2 台 actual).
 * </ul>
 */
final class Seed000 {

    private Seed000() {}

    private static final String PC = "因采购方案调整，年初计划购买30台国产电脑未能完成。";
    private static final String OUTSOURCING = "政务服务外包费用（2023.7.12-2024.7.11）合同金额921.94万，实际完成721.94万，偏差200万，"
            + "原因是资金压减，2024.4签订补充协议，将原合同921.94万修改为721.94万，并已完成补充协议约定的金额。";
    private static final String BOTH = "1、" + PC + "2、" + OUTSOURCING;

    static final List<String> KNOWN_DIFFERENCES = List.of(
            "unit: curated «武汉市洪山区行政审批局» imported «武汉洪山区行政审批局»",
            "部门整体支出.executionWeight: curated «20» imported «null»",
            "部门整体支出#7(专家评审人次).deviationReason: curated «null» imported «" + BOTH + "»",
            "部门整体支出#7(专家评审人次).sourceLines: curated «LineRange[first=423, last=675]»"
                    + " imported «LineRange[first=423, last=1577]»",
            "部门整体支出#8(新开办企业免费刻章数量).deviationReason: curated «null» imported «" + BOTH + "»",
            "部门整体支出#8(新开办企业免费刻章数量).sourceLines: curated «LineRange[first=431, last=685]»"
                    + " imported «LineRange[first=431, last=1577]»",
            "部门整体支出#13(购置电脑数量).deviationReason: curated «" + PC + "» imported «null»",
            "部门整体支出#13(购置电脑数量).sourceLines: curated «LineRange[first=479, last=1509]»"
                    + " imported «LineRange[first=479, last=735]»",
            "部门整体支出#19(审批服务事项办理准确率).deviationReason: curated «null» imported «" + BOTH + "»",
            "部门整体支出#19(审批服务事项办理准确率).sourceLines: curated «LineRange[first=531, last=785]»"
                    + " imported «LineRange[first=531, last=1577]»",
            "部门整体支出#30(政务服务劳务外包服务费).deviationReason: curated «" + OUTSOURCING + "» imported «" + BOTH + "»",
            "部门整体支出#31(证照邮寄费).deviationReason: curated «null» imported «" + BOTH + "»",
            "行政审批工作经费.executionWeight: curated «20» imported «null»",
            "行政审批工作经费#7(专家评审人次).deviationReason: curated «null» imported «" + PC + "»",
            "行政审批工作经费#8(新开办企业免费刻章数量).deviationReason: curated «null» imported «" + PC + "»",
            "行政审批工作经费#13(购置电脑数量).deviationReason: curated «" + PC + "» imported «null»",
            "行政审批工作经费#13(购置电脑数量).sourceLines: curated «LineRange[first=2114, last=2986]»"
                    + " imported «LineRange[first=2572, last=2986]»",
            "行政审批工作经费#19(审批服务事项办理准确率).deviationReason: curated «null» imported «" + PC + "»",
            "政务服务工作经费.executionWeight: curated «20» imported «null»",
            "政务服务工作经费#2(政务服务劳务外包服务费).deviationReason: curated «" + OUTSOURCING + "» imported «null»");
}
