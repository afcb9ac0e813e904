"""The invented reports of make_variant_forms.py: units, projects and figures made up for the tests (they add up:
make_variant_forms.check). None is a seed's; every layout choice is one that published reports show."""
from make_variant_forms import Spec, budget, indicator as I, line

CO, SL, ZL, SX, CB = '产出指标', '数量指标', '质量指标', '时效指标', '成本指标'
XY, SH, JJ, ST, KC = '效益指标', '社会效益指标', '经济效益指标', '生态效益指标', '可持续影响指标'
MY, FW = '满意度指标', '服务对象满意度指标'

# ---- 1: the Ministry of Finance layout, two projects in one Word document (and its PDF) ----------------------
# 填报单位（盖章） above the table; 上年结转资金 / 其他资金 rows; 偏差原因分析 | 改进措施 as two columns in the first,
# one 偏差原因分析及改进措施 column in the second; targets ≥ ≧ >= ＞ ≤ and full-width digits; the second table
# runs over a page break.
BAISHA = '临江市白沙区农业农村局'
V1_P1 = Spec(
    kind='project', name='高标准农田建设项目', supervising=BAISHA, implementing='临江市白沙区农业技术推广中心',
    title='项目支出绩效自评表', lines=('（2024年度）', f'填报单位（盖章）：{BAISHA}', '单位：万元'), sheet='高标准农田',
    budget=budget('860', '912.5', '897.36', '10', '9.83'),
    funding=[line('其中：当年财政拨款', '800', '850', '836.12'), line('上年结转资金', '60', '62.5', '61.24'),
             line('其他资金', None, None, None, placeholder='/')],
    goal='新建高标准农田1.2万亩，配套建设灌溉渠道18公里、机耕道12公里，项目区粮食综合生产能力提高10%以上。',
    outcome='新建高标准农田1.23万亩，建成灌溉渠道18.6公里、机耕道12公里，项目区粮食亩产提高11.2%。',
    ind_heads=['年度指标值', '实际完成值', '分值', '得分', '偏差原因分析', '改进措施'],
    indicators=[
        I(CO, SL, '新建高标准农田面积', '≥1.2万亩', '1.23万亩', 10, 10),
        I(CO, SL, '新建灌溉渠道长度', '≧18公里', '18.6公里', 8, 8),
        I(CO, SL, '新建机耕道长度', '>=12公里', '12公里', 7, 7),
        I(CO, ZL, '工程验收合格率', '100%', '100%', 8, 8),
        I(CO, ZL, '耕地质量等级提升', '≥0.5等', '0.4等', 7, '5.6', '部分地块土壤改良周期较长，效果尚未完全显现。',
          '持续开展土壤改良和跟踪监测，2025年复测耕地质量等级。'),
        I(CO, SX, '项目完工时间', '≤ 11月30日', '11月25日', 5, 5),
        I(CB, '经济成本指标', '亩均建设成本', '≤3000元/亩', '2918元/亩', 5, 5),
        I(XY, JJ, '项目区粮食亩产增幅', '＞10%', '11.2%', 10, 10),
        I(XY, SH, '受益农户数', '≥３２００户', '３４１５户', 10, 10),
        I(XY, ST, '节水灌溉覆盖率', '逐步提高', '提高', 5, 5),
        I(XY, KC, '工程设施管护机制', '健全', '健全', 5, 5),
        I(MY, FW, '受益农户满意度', '≥90%', '93.6%', 10, 10),
    ],
    total_weight='100', total_score='98.43', grade=None)

_REASON_LONG = ('部分行政村因村庄规划调整，垃圾转运站选址延后，设备安装推迟至次年一季度；已与乡镇签订进度责任书，'
                '按月调度，确保2025年3月底前全部投入使用。')
V1_P2 = Spec(
    kind='project', name='农村人居环境整治提升项目', supervising=BAISHA, implementing=BAISHA,
    title='项目支出绩效自评表', lines=('（2024年度）', f'填报单位（盖章）：{BAISHA}', '单位：万元'), sheet='人居环境',
    budget=budget('450', '450', '396.27', '20', '17.61'),
    funding=[line('其中：当年财政拨款', '450', '450', '396.27'), line('上年结转资金', '0', '0', '0'),
             line('其他资金', None, None, None)],
    goal='完成农村户厕改造1500户，建设村级垃圾转运站8座，农村生活垃圾无害化处理率达到95%以上，村容村貌明显改善。',
    outcome='完成户厕改造1526户，建成垃圾转运站6座（2座设备待安装），生活垃圾无害化处理率96.2%，村容村貌明显改善。',
    ind_heads=['年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    indicators=[
        I(CO, SL, '农村户厕改造数量', '≥1500户', '1526户', 5, 5),
        I(CO, SL, '村级垃圾转运站建设数量', '8座', '6座', 5, '3.75', _REASON_LONG),
        I(CO, SL, '配置垃圾收集桶数量', '≥2400个', '2460个', 4, 4),
        I(CO, SL, '清理村内沟塘数量', '≥120处', '131处', 4, 4),
        I(CO, SL, '开展村庄清洁行动次数', '≥12次', '12次', 3, 3),
        I(CO, SL, '培训村级保洁员人数', '≥300人', '312人', 3, 3),
        I(CO, ZL, '户厕改造验收合格率', '≥98%', '99.1%', 4, 4),
        I(CO, ZL, '生活垃圾无害化处理率', '≥95%', '96.2%', 4, 4),
        I(CO, ZL, '转运站设备完好率', '100%', '100%', 3, 3),
        I(CO, SX, '户厕改造完成时间', '2024年10月底前', '2024年10月', 3, 3),
        I(CO, SX, '转运站建成时间', '2024年12月底前', '未全部完成', 3, '2.25',
          '2座转运站设备安装推迟至次年一季度；已督促供货单位加快安装调试。'),
        I(CB, '经济成本指标', '户厕改造户均补助标准', '≤1800元/户', '1800元/户', 3, 3),
        I(CB, '经济成本指标', '转运站单座建设成本', '≤25万元', '24.6万元', 3, 3),
        I(XY, SH, '农村卫生厕所普及率', '≥90%', '91.5%', 5, 5),
        I(XY, SH, '群众环境卫生意识', '明显提高', '明显提高', 4, 4),
        I(XY, ST, '村庄环境卫生状况', '好', '好', 4, 4),
        I(XY, ST, '黑臭水体消除数量', '≥5处', '5处', 3, 3),
        I(XY, KC, '长效管护机制建立情况', '建立', '已建立', 4, 4),
        I(XY, KC, '设施使用年限', '≥10年', '≥10年', 3, 3),
        I(MY, FW, '农户满意度', '≥90%', '92.4%', 6, 6),
        I(MY, FW, '村干部满意度', '≥90%', '95%', 4, 4),
    ],
    total_weight='100', total_score='95.61', grade=None)

# ---- 2: 部门整体支出绩效自评表 with 年度主要任务, over a page break (Word and PDF) ------------------------------
# 部门（单位）名称 in the table, a 填报日期 line (a date, not the year), the budget block 年度预算执行情况 with
# 基本支出 / 项目支出 and their rates, headers 指标值 / 权重（%） / 自评得分, half points, a 自评等级 row.
NANHU = '南湖县卫生健康局'
V2 = Spec(
    kind='overall', name='部门整体支出', unit=NANHU,
    title='2023年度部门整体支出绩效自评表', lines=('填报日期：2024年3月15日', '', '金额单位：万元'), sheet='部门整体',
    tasks=[('基本公共卫生服务', '为辖区居民提供健康教育、慢病管理、预防接种等基本公共卫生服务', '1260.5', '1238.4'),
           ('机关运行保障', '保障机关在职人员工资福利及日常办公运转', '486.3', '480.15'),
           ('计划生育服务', '落实计划生育家庭奖励扶助和特别扶助政策', '168', '166.7')],
    budget_label='年度预算执行情况（万元）',
    budget=budget('1850.6', '1914.8', '1885.25', '10', '9.85'),
    funding=[line('其中：基本支出', '468.2', '486.3', '480.15', rate=True),
             line('项目支出', '1382.4', '1428.5', '1405.1', rate=True)],
    goal='目标1：基本公共卫生服务项目覆盖全县居民，65岁以上老年人健康管理率不低于70%。\n'
         '目标2：落实计划生育奖励扶助政策，资金足额及时发放。',
    outcome='目标1完成情况：全县65岁以上老年人健康管理率73.5%。\n目标2完成情况：奖励扶助资金全年足额发放，发放及时率100%。',
    ind_heads=['指标值', '实际完成值', '权重（%）', '自评得分', '偏差原因分析及改进措施'],
    indicators=[
        I(CO, SL, '65岁以上老年人健康管理人数', '≥1.8万人', '1.91万人', 6, 6),
        I(CO, SL, '高血压患者规范管理人数', '≥9000人', '8650人', 6, '5.5',
          '部分患者外出务工，随访困难；下一年度推行家庭医生签约线上随访。'),
        I(CO, SL, '适龄儿童国家免疫规划疫苗接种率', '≥90%', '96.8%', 5, 5),
        I(CO, SL, '奖励扶助对象人数', '2860人', '2860人', 5, 5),
        I(CO, ZL, '居民电子健康档案建档率', '≥90%', '92.3%', 5, 5),
        I(CO, ZL, '扶助资金发放准确率', '100%', '100%', 5, 5),
        I(CO, SX, '扶助资金发放及时率', '100%', '100%', '2.5', '2.5'),
        I(CO, SX, '突发公共卫生事件报告及时率', '100%', '100%', '2.5', '2.5'),
        I(CB, '经济成本指标', '人均基本公共卫生服务经费补助标准', '≥89元', '89元', 8, 8),
        I(XY, SH, '居民健康素养水平', '≥25%', '26.1%', 10, 10),
        I(XY, SH, '传染病疫情', '无暴发流行', '无暴发流行', 10, 10),
        I(XY, KC, '基层医疗卫生服务能力', '逐步提高', '有所提高', 10, '9.2',
          '乡镇卫生院专业技术人员不足；2024年通过县管乡用补充人员。'),
        I(MY, FW, '城乡居民满意度', '≥85%', '88.6%', 15, 15),
    ],
    total_weight='100', total_score='98.55', grade='优', grade_row=True)

# ---- 3: an Excel workbook, one form per sheet (XLSX and XLS) -----------------------------------------------------
# numeric cells; headers 全年指标值 / 实际完成指标值 / 原因分析及改进措施; the second project in 元 (项目资金（元）,
# 金额单位：元, cells formatted #,##0.00); a score left "/" where the indicator was not assessed.
ANHE = '安和县市场监督管理局'
V3_P1 = Spec(
    kind='project', name='食品安全监督抽检项目', supervising=ANHE, implementing=ANHE,
    title='项目支出绩效自评表', lines=('（2023年度）', f'单位名称：{ANHE}', '单位：万元'), sheet='食品安全抽检',
    budget=budget('120', '120', '118.6', '10', '9.88'),
    funding=[line('其中：当年财政拨款', '120', '120', '118.6'), line('上年结转资金', '0', '0', '0'),
             line('其他资金', '0', '0', '0')],
    goal='全年完成食品安全监督抽检1200批次，问题食品核查处置率100%。',
    outcome='全年完成抽检1236批次，发现不合格食品27批次，核查处置率100%。',
    ind_heads=['全年指标值', '实际完成指标值', '分值', '得分', '原因分析及改进措施'],
    indicators=[
        I(CO, SL, '食品安全监督抽检批次', '≥1200批次', '1236批次', 15, 15),
        I(CO, SL, '农贸市场快检批次', '≥6000批次', '6120批次', 10, 10),
        I(CO, ZL, '不合格食品核查处置率', '100%', '100%', 10, 10),
        I(CO, SX, '抽检结果公布时限', '≤ 30天', '25天', 10, 10),
        I(CB, '经济成本指标', '单批次抽检成本', '≤1000元', '960元', 5, 5),
        I(XY, SH, '食品安全事故发生次数', '0次', '0次', 15, 15),
        I(XY, KC, '食品安全监管能力', '逐步提高', '逐步提高', 15, 15),
        I(MY, FW, '群众对食品安全满意度', '≥85%', '87.2%', 10, 10),
    ],
    total_weight='100', total_score='99.88', grade='优', grade_in_total=True)

V3_P2 = Spec(
    kind='project', name='特种设备安全监管项目', supervising=ANHE, implementing='安和县特种设备检验所',
    title='项目支出绩效自评表', lines=('（2023年度）', f'单位名称：{ANHE}', '金额单位：元'), sheet='特种设备',
    money_unit='元', budget_label='项目资金（元）',
    budget=budget('68.5', '72', '65.52', '10', '9.1'),
    funding=[line('其中：当年财政拨款', '68.5', '68.5', '62.02'), line('上年结转资金', '0', '3.5', '3.5'),
             line('其他资金', '0', '0', '0')],
    goal='完成全县电梯、锅炉、压力容器等特种设备定期检验，隐患整改率100%。',
    outcome='完成特种设备检验1845台，发现隐患112处，整改率100%。',
    ind_heads=['全年指标值', '实际完成指标值', '分值', '得分', '原因分析及改进措施'],
    indicators=[
        I(CO, SL, '特种设备定期检验数量', '≥1800台', '1845台', 20, 20),
        I(CO, ZL, '隐患整改率', '100%', '100%', 15, 15),
        I(CO, SX, '检验报告出具时限', '≤ 10个工作日', '8个工作日', 10, 10),
        I(XY, SH, '特种设备事故发生率', '0', '0', 20, 20),
        I(XY, KC, '监管信息化水平', '提高', '提高', 5, None, None),
        I(MY, FW, '使用单位满意度', '≥90%', '91%', 20, 20),
    ],
    total_weight='100', total_score='94.1', grade=None)
V3_P2.indicators[4]['score_text'] = '/'

# ---- 4: one project, its own header words (Word and PDF) ---------------------------------------------------------
# the unit only in the title; 全年预算数（A） / 全年执行数（B） / 执行率（B/A）; goals 年初设定目标 / 全年实际完成情况;
# headers 预期指标值 / 实际完成指标值 / 偏差原因分析 / 改进措施; no 绩效指标 frame column; empty cells; 自评等级 row.
JIANGYUAN = '江源市城市管理局'
V4 = Spec(
    kind='project', name='城区道路照明设施维护项目', supervising=JIANGYUAN, implementing='江源市路灯管理所',
    title=f'2024年度{JIANGYUAN}项目支出绩效自评表', lines=('', '', '单位：万元'), sheet='路灯维护',
    budget_heads=['年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'],
    budget=budget('315', '298.4', '281.06', '10', '9.42'),
    funding=[line('其中：当年财政拨款', '315', '298.4', '281.06'), line('上年结转资金', None, None, None),
             line('其他资金', None, None, None)],
    goal_heads=('年初设定目标', '全年实际完成情况'), frame=False,
    goal='保障城区主次干道路灯亮灯率不低于98%，故障路灯24小时内修复，全年完成LED节能改造1200盏。',
    outcome='城区路灯亮灯率98.7%，故障平均修复时间16小时，完成LED节能改造1150盏。',
    ind_heads=['预期指标值', '实际完成指标值', '分值', '得分', '偏差原因分析', '改进措施'],
    indicators=[
        I(CO, SL, '维护路灯数量', '≥2.6万盏', '2.63万盏', 10, 10),
        I(CO, SL, 'LED节能改造数量', '1200盏', '1150盏', 10, '9.6', '部分路段因道路施工暂缓改造。',
          '道路施工完成后优先安排改造。'),
        I(CO, ZL, '主次干道亮灯率', '≥ 98%', '98.7%', 10, 10),
        I(CO, SX, '故障路灯修复时间', '≤24小时', '16小时', 10, 10),
        I(CB, '经济成本指标', '单盏年均维护费用', '≤110元', '107元', 10, 10),
        I(XY, SH, '夜间出行安全保障', '好', '好', 10, 10),
        I(XY, ST, '年节约用电量', '≥40万千瓦时', '38.5万千瓦时', 10, '9.6', '改造数量未达计划。', ''),
        I(XY, KC, '设施长效管护', '完成', '完成', 10, 10),
        I(MY, FW, '市民满意度', '≥90%', '90.5%', 10, 10),
    ],
    total_weight='100', total_score='98.62', grade='优', grade_row=True)

# ---- 5: a two-row indicator header, goals as labelled rows (Excel, Word and PDF) ---------------------------------
# 绩效指标 spans 一级 / 二级 / 三级 on the header's second row while 年度指标值 … 得分 are merged down both rows;
# 年度绩效目标 | text and 目标完成情况 | text as rows of their own; 评价等级 below the total; a 上年结转资金 row of
# zeros; scores with two decimals.
QINGSHI = '青石县教育局'
V5 = Spec(
    kind='project', name='学前教育幼儿资助项目', supervising=QINGSHI, implementing=QINGSHI,
    title='2024年度项目支出绩效自评表', lines=('', f'单位名称：{QINGSHI}', '单位：万元'), sheet='幼儿资助',
    budget=budget('236', '241.8', '238.35', '10', '9.86'),
    funding=[line('其中：当年财政拨款', '236', '236', '232.55'), line('上年结转资金', '0', '5.8', '5.8'),
             line('其他资金', '0', '0', '0')],
    goal_labels=('年度绩效目标', '目标完成情况'), two_row_header=True, frame=False,
    goal='资助家庭经济困难幼儿1900人次，资助标准每生每年1000元，资金发放及时足额。',
    outcome='全年资助家庭经济困难幼儿1932人次，资金按学期足额发放，无挤占挪用。',
    ind_heads=['年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    indicators=[
        I(CO, SL, '资助幼儿人次', '≥1900人次', '1932人次', 15, 15),
        I(CO, ZL, '资助对象认定准确率', '100%', '99.74%', 15, '14.96', '5名幼儿家庭经济状况变化未及时复核；2025年起每学期复核。'),
        I(CO, SX, '资助资金发放时间', '每学期结束前', '按时', 10, 10),
        I(CB, '经济成本指标', '生均资助标准', '1000元/生·年', '1000元/生·年', 10, 10),
        I(XY, SH, '家庭经济困难幼儿入园率', '≥95%', '96.42%', 15, 15),
        I(XY, KC, '资助政策知晓率', '≥90%', '88.5%', 10, '9.83', '部分家长对政策了解不足；加强入园宣传。'),
        I(MY, FW, '受助幼儿家长满意度', '≥90%', '95.6%', 15, 15),
    ],
    total_weight='100', total_score='99.65', grade='优', grade_row=True, grade_label='评价等级')

# ---- 6: a long project table over two pages, its header not repeated (Word and PDF) -------------------------------
# a 数量指标 group of eight rows that the page break cuts; reasons written "原因：… 改进措施：…" in one cell, long
# enough to wrap over many lines; names that wrap; 年度指标值 with ranges and words.
LUQIAO = '河西县交通运输局'
_REASON_ROAD = ('原因：受汛期连续降雨影响，两段县道沥青摊铺推迟，未能在年内完成。改进措施：已将剩余工程列入次年一季度计划，'
                '实行周调度，确保4月底前完工。')
_REASON_BUS = ('原因：两条新开行线路沿线道路改造未完工，车辆暂未投运。改进措施：道路竣工后立即开通，同步优化站点设置。')
V6 = Spec(
    kind='project', name='农村公路养护及客运服务提升项目', supervising=LUQIAO, implementing='河西县公路事业发展中心',
    title='项目支出绩效自评表', lines=('（2024年度）', f'单位名称：{LUQIAO}', '单位：万元'), sheet='农村公路',
    budget=budget('1280', '1316.4', '1253.82', '10', '9.52'),
    funding=[line('其中：当年财政拨款', '1180', '1216.4', '1160.5'), line('上年结转资金', '100', '100', '93.32'),
             line('其他资金', None, None, None)],
    goal='完成农村公路日常养护1260公里，实施县道大中修42公里，新改建农村公路桥梁6座，新开通城乡客运线路8条，'
         '保障群众安全便捷出行。',
    outcome='完成日常养护1268公里，县道大中修38.5公里，新改建桥梁6座，新开通客运线路6条，全年未发生因路况导致的'
            '较大交通事故。',
    ind_heads=['年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    indicators=[
        I(CO, SL, '农村公路日常养护里程', '≥1260公里', '1268公里', 4, 4),
        I(CO, SL, '县道大中修里程', '42公里', '38.5公里', 5, '4.58', _REASON_ROAD),
        I(CO, SL, '新改建农村公路桥梁数量', '6座', '6座', 4, 4),
        I(CO, SL, '危桥改造数量', '≥3座', '3座', 3, 3),
        I(CO, SL, '安全生命防护工程里程', '≥25公里', '26.2公里', 3, 3),
        I(CO, SL, '新开通城乡客运线路', '8条', '6条', 4, 3, _REASON_BUS),
        I(CO, SL, '新增农村客运候车亭', '≥30个', '32个', 3, 3),
        I(CO, SL, '养护道班标准化建设数量', '4个', '4个', 3, 3),
        I(CO, ZL, '农村公路优良中等路率', '≥80%', '83.6%', 4, 4),
        I(CO, ZL, '桥梁工程交工验收合格率', '100%', '100%', 4, 4),
        I(CO, ZL, '养护工程质量抽检合格率', '≥95%', '97.2%', 3, 3),
        I(CO, SX, '大中修工程完工时间', '2024年11月底前', '2025年4月底前', 3, 2, '同县道大中修里程。'),
        I(CO, SX, '路面病害处置时限', '≤72小时', '48小时', 3, 3),
        I(CB, '经济成本指标', '县道大中修每公里成本', '≤85万元', '82.4万元', 5, 5),
        I(CB, '经济成本指标', '日常养护每公里成本', '0.5—0.6万元', '0.56万元', 5, 5),
        I(XY, SH, '农村客运通达率', '100%', '100%', 6, 6),
        I(XY, SH, '较大以上交通事故起数', '0起', '0起', 5, 5),
        I(XY, JJ, '沿线农产品运输成本降低', '有所降低', '降低约8%', 5, 5),
        I(XY, KC, '农村公路管养长效机制', '健全', '健全', 6, 6),
        I(MY, FW, '沿线群众满意度', '≥90%', '92.8%', 6, 6),
        I(MY, FW, '客运乘客满意度', '≥90%', '91.5%', 6, 6),
    ],
    total_weight='100', total_score='97.1', grade=None)

# ---- 7: the target in three columns, 指标性质 | 指标值 | 度量单位 (Word and PDF) -------------------------------------
# as the newer provincial forms print it: the nature (≥ ≤ ＝ 定性) and the unit of measure in columns of their own,
# the target a bare figure or words; the actual a bare figure; no 绩效指标 frame column; 权重 / 自评得分.
SHUILI = '北川县水利局'
V7 = Spec(
    kind='project', name='农村饮水安全巩固提升工程', supervising=SHUILI, implementing='北川县农村供水管理站',
    title='项目支出绩效自评表', lines=('（2024年度）', f'主管部门及代码：{SHUILI}', '单位：万元'), sheet='农村饮水',
    budget=budget('2150', '2236.8', '2101.45', '10', '9.4'),
    funding=[line('其中：当年财政拨款', '1950', '2036.8', '1920.17'), line('上年结转资金', '200', '200', '181.28'),
             line('其他资金', None, None, None)],
    goal='新建集中供水工程4处，改造老旧供水管网85公里，配套水质净化消毒设备32套，农村自来水普及率提高到93%以上。',
    outcome='新建集中供水工程4处，改造管网79.6公里，配套净化消毒设备32套，农村自来水普及率达到93.4%。',
    value_columns=True, frame=False,
    ind_heads=['指标性质', '指标值', '度量单位', '实际完成值', '权重', '自评得分', '偏差原因分析及改进措施'],
    indicators=[
        I(CO, SL, '新建集中供水工程', '4', '4', 6, 6, nature='＝', unit='处'),
        I(CO, SL, '改造老旧供水管网长度', '85', '79.6', 6, '5.62',
          '两处管网沿线征地协调滞后，5.4公里顺延至2025年汛前实施；已纳入次年计划并明确完工节点。',
          nature='≥', unit='公里'),
        I(CO, SL, '配套水质净化消毒设备', '32', '32', 6, 6, nature='≥', unit='套'),
        I(CO, SL, '受益人口', '4.6', '4.72', 6, 6, nature='≥', unit='万人'),
        I(CO, ZL, '工程验收合格率', '100', '100', 6, 6, nature='＝', unit='%'),
        I(CO, ZL, '水质达标率', '95', '96.8', 6, 6, nature='≥', unit='%'),
        I(CO, SX, '项目完工及时率', '100', '92', 6, '5.52', '同管网改造。', nature='＝', unit='%'),
        I(CB, '经济成本指标', '管网改造单位成本', '18', '17.6', 6, 6, nature='≤', unit='万元/公里'),
        I(XY, SH, '农村自来水普及率', '93', '93.4', 8, 8, nature='≥', unit='%'),
        I(XY, SH, '供水保证率', '95', '96', 8, 8, nature='≥', unit='%'),
        I(XY, ST, '水源地保护', '有效保护', '有效保护', 8, 8, nature='定性'),
        I(XY, KC, '工程运行管护机制', '健全', '健全', 8, 8, nature='定性'),
        I(MY, FW, '受益群众满意度', '90', '94.5', 10, 10, nature='≥', unit='%'),
    ],
    total_weight='100', total_score='98.54', grade=None)

# ---- 8: the 中央对地方转移支付区域绩效自评表 (Word and PDF) ------------------------------------------------------------
# as provincial and county departments publish it for a transfer payment: no 分值 / 得分 and no total anywhere;
# 全年预算数（A） | 全年执行数（B） | 执行率（B/A）, no 年初预算数; 中央主管部门 and 地方主管部门 rows, 资金使用单位;
# 预期目标 | 目标实际完成情况; 指标值 | 全年实际完成值 | 未完成原因和改进措施; a 说明 row under the indicators; no
# line above the table names the unit.
YUNXI = '云溪县住房和城乡建设局'
V8 = Spec(
    kind='project', name='农村危房改造补助资金', transfer=True, central='住房和城乡建设部', supervising=YUNXI,
    implementing=YUNXI, title='中央对地方转移支付区域绩效自评表', lines=('（2024年度）', '', ''), sheet='危房改造',
    budget=budget(None, '606.5', '590.82', None, None),
    funding=[line('其中：中央补助', None, '486.5', '486.5', rate=True), line('地方资金', None, '120', '104.32', rate=True),
             line('其他资金', None, None, None)],
    goal='完成农村低收入群体等重点对象危房改造320户、农房抗震改造60户，保障农村低收入群体住房安全。',
    outcome='完成危房改造326户、农房抗震改造52户，农村低收入群体住房安全保障率100%。',
    ind_heads=['指标值', '全年实际完成值', '未完成原因和改进措施'],
    indicators=[
        I(CO, SL, '农村危房改造户数', '≥320户', '326户', None, None),
        I(CO, SL, '农房抗震改造户数', '≥60户', '52户', None, None,
          '部分农户外出务工未能按期开工，8户顺延至2025年实施；已逐户落实责任人跟踪督办。'),
        I(CO, ZL, '竣工验收合格率', '100%', '100%', None, None),
        I(CO, SX, '当年开工项目竣工率', '≥90%', '93.5%', None, None),
        I(CB, '经济成本指标', '户均补助标准', '≤1.6万元/户', '1.52万元/户', None, None),
        I(XY, SH, '农村低收入群体住房安全保障率', '100%', '100%', None, None),
        I(XY, KC, '农房质量安全长效机制', '逐步完善', '已建立', None, None),
        I(MY, FW, '受益群众满意度', '≥90%', '95.2%', None, None),
    ],
    remark='本年度无中央巡视、审计和财政监督发现的问题。', total_weight=None, total_score=None, grade=None)

DOCUMENTS = [
    dict(name='v1-baisha-projects', title='临江市白沙区农业农村局2024年度项目支出绩效自评表', unit=BAISHA, year=2024,
         forms=[V1_P1, V1_P2]),
    dict(name='v2-nanhu-overall', title='2023年度部门整体支出绩效自评表', unit=NANHU, year=2023, forms=[V2]),
    dict(name='v3-anhe-sheets', title='安和县市场监督管理局2023年度项目支出绩效自评表', unit=ANHE, year=2023,
         forms=[V3_P1, V3_P2]),
    dict(name='v4-jiangyuan-project', title=V4.title, unit=JIANGYUAN, year=2024, forms=[V4]),
    dict(name='v5-qingshi-project', title=V5.title, unit=QINGSHI, year=2024, forms=[V5]),
    dict(name='v6-hexi-roads', title='河西县交通运输局2024年度项目支出绩效自评表', unit=LUQIAO, year=2024, forms=[V6]),
    dict(name='v7-beichuan-water', title='北川县水利局2024年度项目支出绩效自评表', unit=SHUILI, year=2024, forms=[V7]),
    dict(name='v8-yunxi-transfer', title='云溪县住房和城乡建设局2024年度中央对地方转移支付区域绩效自评表', unit=YUNXI,
         year=2024, forms=[V8]),
]
