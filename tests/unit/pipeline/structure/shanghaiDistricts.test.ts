import { describe, expect, it } from 'vitest';
import { districtByInitial, firstDistrict, mainDistrict } from '../../../../src/pipeline/structure/shanghaiDistricts';

describe('districts', () => {
  it('firstDistrict finds the district in an issuing body', () => {
    expect(firstDistrict('中共上海市普陀区委办公室')).toBe('普陀区');
  });

  it('mainDistrict counts short names too and ignores the river', () => {
    expect(mainDistrict('嘉定素有“科学卫星城”之称……沿黄浦江……嘉定区市场监督管理局')).toBe('嘉定区');
  });

  it('districtByInitial resolves a document-number prefix', () => {
    expect(districtByInitial('闵')).toBe('闵行区');
    expect(districtByInitial('沪')).toBeNull();
  });
});
