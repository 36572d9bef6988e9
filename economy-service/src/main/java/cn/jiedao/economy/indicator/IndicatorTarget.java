package cn.jiedao.economy.indicator;

import jakarta.persistence.Entity;

/** 全年目标任务: an indicator's annual target. */
@Entity
public class IndicatorTarget extends IndicatorFigure {
}
