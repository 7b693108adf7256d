// Settings an admin changes at run time. Each key has a type and a default; a stored value is merged
// over the default, so a setting added later starts at its default everywhere.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SettingEntity } from '@app/persistence';
import { DEFAULT_RECOGNITION_THRESHOLDS, type RecognitionThresholds } from '@app/workflow';
import { DEFAULT_AGENDA_REMINDERS, type AgendaReminderSettings } from '@app/workflow';

export interface DeepeningReminderSettings {
  /** The expert is reminded this many days before the due date (and on the date itself). */
  daysBefore: number;
}

export interface FeedbackProgressSettings {
  /** While a case waits at a national table, its submitters hear how it stands every this many weeks. */
  intervalWeeks: number;
}

export interface Settings {
  recognition_thresholds: RecognitionThresholds;
  deepening_reminders: DeepeningReminderSettings;
  agenda_reminders: AgendaReminderSettings;
  feedback_progress: FeedbackProgressSettings;
}
export type SettingKey = keyof Settings;

export const SETTING_DEFAULTS: Settings = {
  recognition_thresholds: DEFAULT_RECOGNITION_THRESHOLDS,
  deepening_reminders: { daysBefore: 3 },
  agenda_reminders: DEFAULT_AGENDA_REMINDERS,
  feedback_progress: { intervalWeeks: 6 },
};

@Injectable()
export class SettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get<K extends SettingKey>(
    key: K,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Settings[K]> {
    const row = await manager.findOne(SettingEntity, { where: { key } });
    return { ...SETTING_DEFAULTS[key], ...(row?.value ?? {}) } as Settings[K];
  }

  async set<K extends SettingKey>(key: K, value: Settings[K], updatedById: string): Promise<Settings[K]> {
    // save() upserts by primary key: a new key is inserted, an existing one updated.
    await this.dataSource.manager.save(
      this.dataSource.manager.create(SettingEntity, { key, value: { ...value }, updatedById }),
    );
    return this.get(key);
  }
}
